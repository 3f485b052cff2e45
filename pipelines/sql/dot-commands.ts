import { CATALOG } from '../docs/apply-comments.ts';
import { bindParams } from './run-sql.ts';
import { renderRows } from './render-rows.ts';
import { QueryFileNotFoundError, resolveQuery } from './resolve-query.ts';
import { runStatements, type Session } from './session.ts';

export const HELP = `Statements end with ; and may span lines. The warehouse is open read-only.
  .tables               tables and views, with row estimates and what each holds
  .schema NAME          columns of a table or view: types, nullability, meaning
  .run NAME|FILE        run a query file: analysis/share_of_voice_weekly, marts/fct_mentions, path/to.sql
  .param NAME VALUE     set a variable the SQL reads with getvariable('NAME') (analysis/*.sql parameters)
  .params               the variables set
  .mode table|csv|json  how results are printed (now: %MODE%)
  .limit N              rows shown in table mode (now: %LIMIT%)
  .help                 this text
  .quit                 leave (or Ctrl-D)`;

const short = (text: unknown, width: number) => {
  const s = text == null ? '' : String(text);
  return s.length > width ? `${s.slice(0, width - 1)}…` : s;
};

/** Runs one dot command; false when the prompt should end. */
export async function dotCommand(session: Session, line: string): Promise<boolean> {
  const [command, ...args] = line.trim().split(/\s+/);
  const { db, out } = session;
  const fail = (message: string) => {
    session.failures++;
    out.note(`Error: ${message}`);
  };
  switch (command) {
    case '.quit':
    case '.exit':
      return false;
    case '.help':
      out.note(HELP.replace('%MODE%', session.mode).replace('%LIMIT%', String(session.limit)));
      return true;
    case '.tables': {
      const rows = await db.all<Record<string, unknown>>(CATALOG.catalog_relations);
      const shown = rows.map((r) => ({ name: r.relation, kind: r.kind, rows: r.row_estimate, comment: short(r.comment, 90) }));
      out.data(renderRows(shown, ['name', 'kind', 'rows', 'comment'], session.mode, Number.MAX_SAFE_INTEGER));
      return true;
    }
    case '.schema': {
      const name = args[0];
      if (!name) return fail('.schema needs a table or view name; .tables lists them.'), true;
      const relation = (await db.all<Record<string, unknown>>(CATALOG.catalog_relations)).find((r) => r.relation === name);
      if (!relation) return fail(`No table or view named ${name}; .tables lists them.`), true;
      const columns = (await db.all<Record<string, unknown>>(CATALOG.catalog_columns)).filter((c) => c.relation === name);
      out.data(`${name} (${relation.kind}): ${relation.comment ?? 'no comment'}`);
      const shown = columns.map((c) => ({ column: c.column_name, type: c.data_type, nullable: c.is_nullable ? 'yes' : 'no', comment: short(c.comment, 100) }));
      out.data(renderRows(shown, ['column', 'type', 'nullable', 'comment'], session.mode, Number.MAX_SAFE_INTEGER));
      return true;
    }
    case '.param': {
      const [, name, value] = /^\.param\s+(\S+)\s+(.*)$/.exec(line.trim()) ?? [];
      if (!name) return fail('usage: .param NAME VALUE (the value may contain spaces).'), true;
      try {
        await bindParams(db, [`${name}=${value}`]);
        out.note(`${name} set`);
      } catch (error) {
        fail((error as Error).message.replace('--param', '.param'));
      }
      return true;
    }
    case '.params': {
      const rows = await db.all<Record<string, unknown>>('select name, value::varchar as value from duckdb_variables() order by name');
      out.data(renderRows(rows, ['name', 'value'], session.mode, Number.MAX_SAFE_INTEGER));
      return true;
    }
    case '.mode':
      if (!['table', 'csv', 'json'].includes(args[0] ?? '')) return fail('usage: .mode table|csv|json'), true;
      session.mode = args[0] as Session['mode'];
      return true;
    case '.limit':
      if (!/^\d+$/.test(args[0] ?? '')) return fail('usage: .limit N (rows shown in table mode)'), true;
      session.limit = Number(args[0]);
      return true;
    case '.run': {
      if (!args[0]) return fail('usage: .run NAME|FILE, e.g. .run analysis/share_of_voice_weekly'), true;
      let resolved: { sql: string; source: string };
      try {
        resolved = resolveQuery(args.join(' '));
      } catch (error) {
        if (error instanceof QueryFileNotFoundError) return fail(error.message), true;
        throw error;
      }
      const { sql, source } = resolved;
      if (source === 'command line') return fail(`No query named ${args.join(' ')}: give a file under queries/ (analysis/NAME) or a path to a .sql file.`), true;
      await runStatements(session, sql, ` in ${source}`);
      return true;
    }
    default:
      fail(`Unknown command ${command}; .help lists the commands.`);
      return true;
  }
}
