import type { ScorerReport } from './evaluate.ts';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A grouped bar chart of macro-F1 and accuracy per language and scorer, data inline. */
export function reportChart(title: string, reports: ScorerReport[]): Record<string, unknown> {
  const values = reports.flatMap((report) =>
    Object.entries({ all: report.overall, ...report.languages }).flatMap(([lang, metrics]) => [
      { scorer: report.scorer, lang, metric: 'macro-F1', value: metrics.macroF1, n: metrics.n },
      { scorer: report.scorer, lang, metric: 'accuracy', value: metrics.accuracy, n: metrics.n },
    ]),
  );
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    description: 'Sentiment evaluation on held-out labeled mentions: macro-F1 and accuracy per language and scorer.',
    data: { values },
    facet: { column: { field: 'metric', type: 'nominal', title: null } },
    spec: {
      width: { step: 14 },
      height: 220,
      mark: { type: 'bar', tooltip: true },
      encoding: {
        x: { field: 'lang', type: 'nominal', title: 'language' },
        xOffset: { field: 'scorer', type: 'nominal' },
        y: { field: 'value', type: 'quantitative', scale: { domain: [0, 1] }, title: null },
        color: { field: 'scorer', type: 'nominal' },
        tooltip: [
          { field: 'scorer', type: 'nominal' },
          { field: 'lang', type: 'nominal' },
          { field: 'value', type: 'quantitative', format: '.3f' },
          { field: 'n', type: 'quantitative' },
        ],
      },
    },
  };
}
