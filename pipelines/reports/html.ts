const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and quoted attribute values: mention texts and names are hostile. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** JSON for a <script type="application/json"> block: no '<', '>' or '&' survives, so nothing can close the block. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A library's browser build for an inline <script>; refuses one that could end the element early. */
export function inlineScript(source: string, name: string): string {
  if (/<\/script|<!--/i.test(source)) throw new Error(`${name} contains '</script' or '<!--' and cannot be inlined safely.`);
  return source;
}

/** An http(s) address fit for href, or null: javascript:, data: and anything unparsable stay text. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
