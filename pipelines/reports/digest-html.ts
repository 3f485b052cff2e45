import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TopLevelSpec } from 'vega-lite';
import type { DigestData } from './digest-data.ts';
import { alertsTable, influencerTable, kpiCards, termsTable, themesList } from './digest-sections.ts';
import { escapeHtml as h, inlineScript, scriptJson } from './html.ts';
import { packageFile } from './package-file.ts';

export interface DigestChart {
  name: string;
  title: string;
  description: string;
  spec: TopLevelSpec;
}

/** Which declaration illustrates which section; any other declaration goes under "More charts". */
const PLACED: Record<string, string> = {
  volume: 'volume-sentiment',
  'share-of-voice': 'share-of-voice',
  influencers: 'influencers',
  'emerging-terms': 'emerging-terms',
  'root-causes': 'root-causes',
};

let libraries: string[] | undefined;
function browserLibraries(nonce: string): string {
  libraries ??= [['vega', 'build/vega.min.js'], ['vega-lite', 'build/vega-lite.min.js']].map(([pkg, file]) =>
    inlineScript(readFileSync(packageFile(pkg, file), 'utf8'), `${pkg}/${file}`),
  );
  return libraries.map((source) => `<script nonce="${nonce}">\n${source}\n</script>`).join('\n');
}

function figure(chart: DigestChart): string {
  return `<figure class="chart" data-chart="${h(chart.name)}"><div class="view"></div>` +
    `<figcaption>${h(chart.description)} <a href="${h(chart.name)}.svg">SVG</a> · <a href="${h(chart.name)}.png">PNG</a></figcaption>` +
    `<script type="application/json" class="spec">${scriptJson(chart.spec)}</script></figure>`;
}

// Vega compiles expressions with Function(), hence 'unsafe-eval'; inline scripts run only with the nonce.
const RENDER = `
for (const figure of document.querySelectorAll('figure.chart')) {
  const fail = (error) => {
    figure.querySelector('.view').textContent = 'This chart could not be drawn: ' + error;
    console.error('chart ' + figure.dataset.chart + ': ' + error);
  };
  try {
    const spec = JSON.parse(figure.querySelector('script.spec').textContent);
    const runtime = vega.parse(vegaLite.compile(spec).spec);
    const view = new vega.View(runtime, { renderer: 'svg', container: figure.querySelector('.view'), hover: true });
    view.runAsync().then(() => { figure.dataset.rendered = 'true'; }, fail);
  } catch (error) {
    fail(error);
  }
}`;

const STYLE = `
body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1.5rem;color:#222}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ddd;padding-bottom:.3rem;margin-top:2.2rem}
.muted{color:#666;font-size:.9rem}.kpis{display:flex;gap:1rem;flex-wrap:wrap}
.kpi{border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem;min-width:180px}.kpi-value{font-size:1.7rem;font-weight:bold}
.kpi-change.up{color:#1a7f37}.kpi-change.down{color:#b42318}table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}
th,td{border-bottom:1px solid #eee;padding:.25rem .6rem;text-align:left;vertical-align:top}figure{margin:1rem 0}
.mention{margin:.3rem 0;padding:.3rem .8rem;border-left:3px solid #ccc;white-space:pre-wrap;overflow-wrap:anywhere}
.columns{display:flex;gap:2rem;flex-wrap:wrap}.theme h3{margin-bottom:.2rem}ul.mentions{list-style:none;padding-left:0}`;

/** One self-contained HTML page: the vega libraries and all data inline, no request leaves the page. */
export function digestHtml(data: DigestData, charts: DigestChart[], generatedAt: Date): string {
  const nonce = randomBytes(16).toString('base64');
  const byName = new Map(charts.map((chart) => [chart.name, chart]));
  const chartFor = (section: string) => (byName.has(PLACED[section]) ? figure(byName.get(PLACED[section])!) : '');
  const others = charts.filter((chart) => !Object.values(PLACED).includes(chart.name));
  const links = charts.map((c) => `<li>${h(c.title)}: <a href="${h(c.name)}.svg">${h(c.name)}.svg</a> · <a href="${h(c.name)}.png">${h(c.name)}.png</a></li>`).join('');
  const { since, until, platform } = data.params;
  const title = `Listening digest: ${data.brandName}, ${since ?? '?'} to ${until ?? '?'}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(title)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${h(title)}</h1><p class="muted">${h(platform ? `Platform: ${platform}. ` : 'All platforms. ')}Generated ${h(generatedAt.toISOString())}. Mention texts are shown as written by their authors.</p></header>
<section id="kpis"><h2>Headline figures</h2>${kpiCards(data)}</section>
<section id="volume"><h2>Volume and sentiment over time</h2>${chartFor('volume')}<h3>Alerts</h3>${alertsTable(data.alerts)}</section>
<section id="share-of-voice"><h2>Share of voice against competitors</h2>${chartFor('share-of-voice')}</section>
<section id="influencers"><h2>Top influencers</h2>${chartFor('influencers')}<div class="columns"><div><h3>Advocates</h3>${influencerTable(data.advocates, 'No advocates yet.')}</div><div><h3>Detractors</h3>${influencerTable(data.detractors, 'No detractors yet.')}</div></div></section>
<section id="emerging-terms"><h2>Emerging terms</h2>${chartFor('emerging-terms')}${termsTable(data.terms)}</section>
<section id="root-causes"><h2>Root-cause themes</h2>${chartFor('root-causes')}${themesList(data)}</section>
${others.length ? `<section id="more-charts"><h2>More charts</h2>${others.map(figure).join('')}</section>` : ''}
<section id="charts"><h2>Charts as files</h2><ul>${links}</ul></section>
${browserLibraries(nonce)}
<script nonce="${nonce}">${RENDER}</script>
</body></html>
`;
}
