/** POSIX sh quoting (cron runs lines with /bin/sh; zx's quote writes bash's $'…'). */
export function shQuote(arg: string): string {
  if (/^[\w/.,:=@+-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}
