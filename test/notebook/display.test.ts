import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, showChart, showTable, type Display } from '../../pipelines/notebook.ts';
import { fixtureWarehouse } from './fixture-warehouse.ts';

class Capture implements Display {
  readonly shown: Array<{ kind: 'html' | 'svg' | 'text'; body: string }> = [];
  html(body: string) {
    this.shown.push({ kind: 'html', body });
  }
  svg(body: string) {
    this.shown.push({ kind: 'svg', body });
  }
  text(body: string) {
    this.shown.push({ kind: 'text', body });
  }
}

const previous = process.env.LISTEN_WAREHOUSE;
beforeAll(async () => {
  process.env.LISTEN_WAREHOUSE = await fixtureWarehouse();
});
afterAll(() => {
  if (previous === undefined) delete process.env.LISTEN_WAREHOUSE;
  else process.env.LISTEN_WAREHOUSE = previous;
});

describe('showTable', () => {
  it('escapes every mention text, so markup in a post is shown, not run', async () => {
    const display = new Capture();
    showTable(await query('select mention_id, body, likes from fct_mentions order by mention_id'), { display });
    expect(display.shown.map((s) => s.kind)).toEqual(['html']);
    const html = display.shown[0].body;
    expect(html).not.toContain('<script>');
    expect(html).toContain('Rushbee was late &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Pakkit &amp; &quot;friends&quot; are fine');
    expect(html).toContain('<th>mention_id</th><th>body</th><th>likes</th>');
    expect(html).toContain('<td style="text-align:right">12</td>');
  });

  it('escapes column names and shows how many rows were left out', () => {
    const display = new Capture();
    const rows = Array.from({ length: 5 }, (_, i) => ({ '<b>n</b>': i }));
    showTable(rows, { display, limit: 2 });
    const html = display.shown[0].body;
    expect(html).toContain('<th>&lt;b&gt;n&lt;/b&gt;</th>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('3 more row(s) not shown (5 in all).');
  });
});

describe('showChart', () => {
  it('renders a Vega-Lite spec over query rows to SVG and shows it', async () => {
    const display = new Capture();
    const rows = await query('select platform, count(*) as mentions from fct_mentions group by all order by platform');
    await showChart(
      { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', mark: 'bar', encoding: { x: { field: 'platform', type: 'nominal' }, y: { field: 'mentions', type: 'quantitative' } } },
      { rows, display },
    );
    expect(display.shown.map((s) => s.kind)).toEqual(['svg']);
    const svg = display.shown[0].body;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/aria-roledescription="bar"/g)).toHaveLength(2);
    expect(svg).toContain('aria-label="platform: reddit; mentions: 1"');
    expect(svg).toContain('aria-label="platform: x; mentions: 2"');
  });

  it('shows Vega-Lite warnings as text next to the chart', async () => {
    const display = new Capture();
    await showChart({ data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'quantitative' } } } as never, { display });
    expect(display.shown.map((s) => s.kind)).toEqual(['text', 'svg']);
    expect(display.shown[0].body).toMatch(/^Vega-Lite warnings:\n/);
  });
});
