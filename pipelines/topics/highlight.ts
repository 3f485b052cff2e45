/** The text on one line with each span wrapped in [brackets]; overlapping spans merge. Long texts are cut around the first span. */
export function highlight(text: string, spans: { start: number; end: number }[], width = 200): string {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    out += `${text.slice(at, span.start)}[${text.slice(span.start, span.end)}]`;
    at = span.end;
  }
  out = (out + text.slice(at)).replace(/\s+/g, ' ').trim();
  if (out.length <= width) return out;
  const first = Math.max(0, out.indexOf('[') - 40);
  return `${first > 0 ? '…' : ''}${out.slice(first, first + width)}…`;
}
