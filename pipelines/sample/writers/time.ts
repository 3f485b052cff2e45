const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const TWO = Array.from({ length: 60 }, (_, i) => pad(i));
const days = new Map<number, string>();

/** `2026-09-14T08:31:05` without a Date per call: the date part is cached per day (hot path of big files). */
function wallClock(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  let date = days.get(day);
  if (date === undefined) {
    date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    days.set(day, date);
  }
  const s = Math.floor((ms - day * 86_400_000) / 1000);
  return `${date}T${TWO[Math.floor(s / 3600)]}:${TWO[Math.floor(s / 60) % 60]}:${TWO[s % 60]}`;
}

/** `2026-09-14T08:31:05Z` */
export const isoZ = (ms: number): string => `${wallClock(ms)}Z`;

/** `2026-09-14T08:31:05.000Z`, as the X API writes it. */
export const isoMillis = (ms: number): string => new Date(ms).toISOString();

/** The same instant as local wall time with its offset: `2026-09-14T11:31:05+03:00`. */
export function isoOffset(ms: number, offsetMinutes: number): string {
  const local = wallClock(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2026-09-14 08:31:05` (UTC) */
export const spaced = (ms: number): string => wallClock(ms).replace('T', ' ');

/** Meltwater's date and 12-hour time columns: `14-Sep-2026`, `08:31 AM` (UTC). */
export function meltwaterDateTime(ms: number): [string, string] {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const date = `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()}`;
  return [date, `${pad(h % 12 === 0 ? 12 : h % 12)}:${pad(d.getUTCMinutes())} ${h < 12 ? 'AM' : 'PM'}`];
}
