import { escapeHtml as h } from '../reports/html.ts';
import type { DocRelation } from './read-catalog.ts';

const anchor = (name: string) => `t-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const links = (names: string[]) => (names.length ? names.map((n) => `<a href="#${h(anchor(n))}">${h(n)}</a>`).join(', ') : '<span class="none">none</span>');

function section(relation: DocRelation): string {
  const { lineage } = relation;
  const madeBy = [
    ...lineage.writtenBy.map((stage) => `stage <code>${h(stage)}</code>`),
    ...lineage.definitions.map((d) => `<code>queries/${h(d.file)}</code>`),
  ];
  const rows = relation.columns
    .map((c) => `<tr><td><code>${h(c.name)}</code></td><td>${h(c.type)}</td><td>${c.nullable ? 'yes' : 'no'}</td><td>${c.comment === null ? '<span class="missing">no comment</span>' : h(c.comment)}</td></tr>`)
    .join('\n');
  return `<section id="${h(anchor(relation.name))}" data-name="${h(relation.name)}">
<h2><code>${h(relation.name)}</code> <span class="kind">${h(relation.kind)}${relation.rowEstimate === null ? '' : `, ~${h(relation.rowEstimate.toLocaleString('en-US'))} rows`}</span></h2>
<p>${relation.comment === null ? '<span class="missing">no comment</span>' : h(relation.comment)}</p>
<dl>
<dt>made by</dt><dd>${madeBy.length ? madeBy.join(', ') : '<span class="none">unknown</span>'}</dd>
<dt>upstream</dt><dd class="upstream">${links(lineage.upstream)}${lineage.upstreamFrom === 'stage contract' ? ' <span class="note">(the reads of the stage that writes it)</span>' : ''}</dd>
<dt>downstream</dt><dd class="downstream">${links(lineage.downstream)}</dd>
</dl>
<table><thead><tr><th>column</th><th>type</th><th>nullable</th><th>meaning</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0;display:flex;color:#1d1d1f}
nav{position:sticky;top:0;height:100vh;overflow:auto;min-width:250px;padding:12px;border-right:1px solid #ddd;background:#fafafa;box-sizing:border-box}
nav input{width:100%;margin-bottom:8px;padding:4px}nav a{display:block;text-decoration:none;color:#0b57d0;padding:1px 0}
main{padding:12px 24px;max-width:1100px}section{border-top:1px solid #ddd;padding-top:8px;margin-top:16px}
.kind,.note,.none{color:#666;font-weight:normal;font-size:13px}.missing{color:#b00020}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{color:#666}dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eee;text-align:left;padding:3px 6px;vertical-align:top}
th{background:#f3f3f3}code{font-family:ui-monospace,monospace}`;

const SCRIPT = `const box=document.getElementById('filter');box.addEventListener('input',()=>{const q=box.value.toLowerCase();
for(const s of document.querySelectorAll('section')){const hit=s.textContent.toLowerCase().includes(q);s.hidden=!hit;
const link=document.querySelector('nav a[href="#'+s.id+'"]');if(link)link.hidden=!hit;}});`;

/** One self-contained page: every table and view with its meaning, columns and lineage. All text is escaped. */
export function renderHtml(relations: DocRelation[], meta: { warehouse: string; generatedAt: string }): string {
  const nav = relations.map((r) => `<a href="#${h(anchor(r.name))}">${h(r.name)}</a>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Data dictionary</title><style>${STYLE}</style></head>
<body><nav><input id="filter" type="search" placeholder="filter tables and columns" aria-label="filter">
${nav}</nav>
<main><h1>Data dictionary</h1>
<p>${relations.length} tables and views of <code>${h(meta.warehouse)}</code>, generated ${h(meta.generatedAt)} by <code>listen docs</code>.
Upstream relations are those a relation's SQL reads, else the reads of the stage that writes it; comments come from <code>queries/dictionary/</code>.</p>
${relations.map(section).join('\n')}
</main><script>${SCRIPT}</script></body></html>
`;
}
