/** User-facing sentences of trends and alerts; tests assert them verbatim. */
export const trendsMessages = {
  badSince: (since: string) => `--since takes a day as YYYY-MM-DD, such as 2026-10-01; got ${since}.`,
  noAlerts: (opts: { since?: string; brand?: string }) =>
    `No alerts${opts.brand ? ` for ${opts.brand}` : ''}${opts.since ? ` since ${opts.since}` : ''}: every series stayed within its baseline.`,
  alertCount: (n: number) => `${n} alert(s), newest first.`,
  noAlertsTable: (warehouse: string) =>
    `The warehouse ${warehouse} has no fct_alerts table yet. Run the main job first (npm run pipeline, or npm start for the sample).`,
};
