import type { DigestData } from './digest-data.ts';
import { escapeHtml as h, safeHref } from './html.ts';
import type { Row } from './run-queries.ts';

const count = (value: unknown) => (value === null || value === undefined ? '–' : Math.round(Number(value)).toLocaleString('en-US'));
const signed = (value: unknown, digits = 2) => (value === null || value === undefined ? '–' : `${Number(value) >= 0 ? '+' : ''}${Number(value).toFixed(digits)}`);
const percent = (value: unknown) => (value === null || value === undefined ? '–' : `${(100 * Number(value)).toFixed(1)}%`);

const KPI_LABELS: Record<string, { label: string; show: (v: unknown) => string; change: (now: number, before: number) => string }> = {
  volume: { label: 'Volume', show: count, change: (now, before) => (before ? `${signed((100 * (now - before)) / before, 1)}%` : 'new') },
  reach: { label: 'Reach', show: count, change: (now, before) => (before ? `${signed((100 * (now - before)) / before, 1)}%` : 'new') },
  net_sentiment: { label: 'Net sentiment', show: (v) => signed(v), change: (now, before) => `${signed(now - before)}` },
  share_of_voice: { label: 'Share of voice', show: percent, change: (now, before) => `${signed(100 * (now - before), 1)} pts` },
};

export function kpiCards(data: DigestData): string {
  const cards = data.kpis.map((row) => {
    const kpi = KPI_LABELS[String(row.metric)];
    if (!kpi) return '';
    const now = row.current as number | null;
    const before = row.previous as number | null;
    const change = now === null || before === null ? '–' : kpi.change(now, before);
    const direction = now === null || before === null || now === before ? 'flat' : now > before ? 'up' : 'down';
    return `<div class="kpi" data-metric="${h(row.metric)}"><div class="kpi-label">${h(kpi.label)}</div><div class="kpi-value">${h(kpi.show(now))}</div>` +
      `<div class="kpi-change ${direction}">${h(change)} <span class="muted">vs ${h(kpi.show(before))}</span></div></div>`;
  });
  const { since, until, previous_since: ps, previous_until: pu } = data.params;
  return `<div class="kpis">${cards.join('')}</div><p class="muted">${h(since)} to ${h(until)} against ${h(ps)} to ${h(pu)}.</p>`;
}

function table(headers: string[], rows: string[][], empty: string): string {
  if (!rows.length) return `<p class="muted">${h(empty)}</p>`;
  const head = headers.map((header) => `<th>${h(header)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function alertsTable(alerts: Row[]): string {
  return table(
    ['Day', 'Metric', 'Severity', 'Observed', 'Expected', 'Driving terms'],
    alerts.map((a) => [h(a.day), h(a.metric), h(a.severity), h(a.observed), h(a.expected), h(a.top_terms)]),
    'No spike alerts in the window.',
  );
}

export function influencerTable(rows: Row[], empty: string): string {
  return table(
    ['Author', 'Platform', 'Followers', 'Mentions', 'Net sentiment', 'Advocacy'],
    rows.map((r) => [h(r.author_handle ?? r.author_name ?? r.author), h(r.platform), h(count(r.followers)), h(count(r.mentions)), h(signed(r.net_sentiment)), h(r.advocacy_score)]),
    empty,
  );
}

export function termsTable(terms: Row[]): string {
  return table(
    ['Term', 'Kind', 'Recent', 'Baseline', 'G²'],
    terms.map((t) => [h(t.term), h(t.kind), h(count(t.recent_count)), h(count(t.baseline_count)), h(t.g2)]),
    'No emerging terms for this brand.',
  );
}

function mentionItem(mention: Row): string {
  const href = safeHref(mention.url);
  const source = `${h(mention.platform)} · ${h(mention.author_handle ?? 'unknown author')} · ${h(mention.day)}`;
  return `<li><blockquote class="mention">${h(mention.body)}</blockquote><div class="muted">${href ? `<a href="${h(href)}" rel="noopener noreferrer nofollow">${source}</a>` : source}</div></li>`;
}

export function themesList(data: DigestData): string {
  if (!data.themes.length) return '<p class="muted">No named complaint themes in the window.</p>';
  return data.themes
    .map(
      (theme) =>
        `<article class="theme"><h3>${h(theme.label)}</h3><p class="muted">${h(count(theme.window_mentions))} mentions in the window · ` +
        `mean sentiment ${h(signed(theme.mean_sentiment))} · ${h(theme.lang === 'all' ? 'all languages' : theme.lang)} · key phrases: ${h(theme.key_phrases)}</p>` +
        `<ul class="mentions">${theme.mentions.map(mentionItem).join('')}</ul></article>`,
    )
    .join('');
}
