/** A query that does not parse, with the 0-based character where it went wrong. */
export class QuerySyntaxError extends Error {
  constructor(
    readonly query: string,
    readonly position: number,
    readonly problem: string,
  ) {
    super(formatSyntaxError(query, position, problem));
    this.name = 'QuerySyntaxError';
  }
}

/** The problem, then the query on one line with a caret under the character (1-based in the text). */
export function formatSyntaxError(query: string, position: number, problem: string): string {
  const line = query.replace(/[\r\n\t]/g, ' ');
  const at = Math.min(Math.max(0, position), line.length);
  return `${problem} (at character ${at + 1})\n    ${line}\n    ${' '.repeat(at)}^`;
}
