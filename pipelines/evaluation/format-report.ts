import { LABELS } from '../sentiment/scorer.ts';
import type { ScorerReport } from './evaluate.ts';
import type { Metrics } from './metrics.ts';

const pct = (x: number): string => x.toFixed(3);

function block(title: string, metrics: Metrics): string[] {
  const lines = [`  ${title}: n=${metrics.n.toLocaleString('en-US')}  accuracy ${pct(metrics.accuracy)}  macro-F1 ${pct(metrics.macroF1)}`];
  lines.push(`    ${'class'.padEnd(9)} precision  recall  f1     support`);
  for (const label of LABELS) {
    const c = metrics.perClass[label];
    lines.push(`    ${label.padEnd(9)} ${pct(c.precision).padEnd(10)} ${pct(c.recall).padEnd(7)} ${pct(c.f1).padEnd(6)} ${c.support}`);
  }
  lines.push(`    confusion (rows actual, columns predicted: ${LABELS.join(' / ')})`);
  metrics.confusion.forEach((row, i) => lines.push(`    ${LABELS[i].padEnd(9)} ${row.map((n) => String(n).padStart(6)).join(' ')}`));
  return lines;
}

/** The plain-text evaluation report printed to stdout. */
export function formatReport(header: string[], reports: ScorerReport[]): string {
  const lines = [...header, ''];
  for (const report of reports) {
    lines.push(`Scorer ${report.scorer} (${report.mentionsPerSecond.toLocaleString('en-US')} mentions/s)`);
    lines.push(...block('all languages', report.overall));
    for (const [lang, metrics] of Object.entries(report.languages)) lines.push(...block(`language ${lang}`, metrics));
    lines.push('');
  }
  return lines.join('\n');
}
