import type { DocRelation } from './read-catalog.ts';

const cell = (text: string | null) => (text ?? '(no comment)').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const names = (list: string[]) => (list.length ? list.map((n) => `\`${n}\``).join(', ') : 'none');

/** The data dictionary as Markdown: a section per table or view. */
export function renderMarkdown(relations: DocRelation[], meta: { warehouse: string; generatedAt: string }): string {
  const parts = [`# Data dictionary\n\n${relations.length} tables and views of \`${meta.warehouse}\`, generated ${meta.generatedAt} by \`listen docs\`.\n`];
  for (const r of relations) {
    const madeBy = [...r.lineage.writtenBy.map((s) => `stage \`${s}\``), ...r.lineage.definitions.map((d) => `\`queries/${d.file}\``)];
    parts.push(
      [
        `## ${r.name} (${r.kind})`,
        '',
        cell(r.comment),
        '',
        `- made by: ${madeBy.join(', ') || 'unknown'}`,
        `- upstream: ${names(r.lineage.upstream)}`,
        `- downstream: ${names(r.lineage.downstream)}`,
        '',
        '| column | type | meaning |',
        '|---|---|---|',
        ...r.columns.map((c) => `| \`${c.name}\` | ${c.type} | ${cell(c.comment)} |`),
        '',
      ].join('\n'),
    );
  }
  return parts.join('\n');
}
