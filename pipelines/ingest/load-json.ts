import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RAW_FIELDS } from '../formats/fields.ts';
import { X_API_V2, detectFormat, formatByName } from '../formats/registry.ts';
import { literal, type Db } from '../lib/db.ts';
import { FileRejectedError } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { mapColumns, type ColumnOverrides } from './column-map.ts';
import { stageRowErrors, stageRows } from './stage-rows.ts';
import type { FileJob, LoadCounts } from './job.ts';
import type { Sniffed } from './sniff.ts';

const X_SQL = readFileSync(fileURLToPath(new URL('../../queries/ingest/x_api_v2_tweets.sql', import.meta.url)), 'utf8');

type JsonSniff = Extract<Sniffed, { kind: 'ndjson' | 'json' }>;

/** Reads every line of an NDJSON file as text, so a bad line is rejected with its number instead of failing the file. */
async function stageLines(db: Db, job: FileJob, sniff: JsonSniff): Promise<void> {
  const source =
    sniff.kind === 'ndjson'
      ? `select row_number() over () as source_line, line
         from read_csv(${literal(job.path)}, columns={'line': 'VARCHAR'}, delim=chr(1), quote='', escape='', header=false,
                       auto_detect=false, compression=${literal(sniff.compression)}, max_line_size='67108864')`
      : `select row_number() over () as source_line, json::varchar as line
         from read_json_objects(${literal(job.path)}, format='auto', compression=${literal(sniff.compression === 'gzip' ? 'gzip' : 'uncompressed')},
                                maximum_object_size=268435456)`;
  try {
    await db.run(
      `create or replace temp table ingest_json_lines as
       select source_line, line, case when json_valid(line) then json_type(line::json) = 'OBJECT' else false end as is_valid
       from (${source}) where line is not null and trim(line) <> ''`,
    );
  } catch (error) {
    const detail = String((error as Error).message).split('\n')[0];
    throw new FileRejectedError(job.relPath, `${job.relPath}: the JSON could not be read (${detail}). Fix the file or re-export it.`, 'invalid JSON');
  }
}

async function rejectInvalidLines(db: Db): Promise<number> {
  await stageRowErrors(
    db,
    `select source_line, case when json_valid(line) then 'a JSON value that is not an object' else 'not valid JSON' end as reason,
       left(line, 100000) as raw_text
     from ingest_json_lines where not is_valid`,
  );
  const { n } = (await db.one<{ n: bigint }>('select count(*) as n from ingest_row_errors'))!;
  return Number(n);
}

async function objectKeys(db: Db): Promise<string[]> {
  const rows = await db.all<{ key: string }>(
    `select distinct unnest(json_keys(line::json)) as key from (select line from ingest_json_lines where is_valid limit 1000)`,
  );
  return rows.map((r) => r.key);
}

export interface JsonLoad extends LoadCounts {
  format: string;
}

export async function loadJson(
  db: Db,
  job: FileJob,
  sniff: JsonSniff,
  options: { format?: string; columns?: ColumnOverrides },
): Promise<JsonLoad> {
  await stageLines(db, job, sniff);
  const rejected = await rejectInvalidLines(db);
  const { pages } = (await db.one<{ pages: boolean }>(
    `select coalesce(bool_or(json_type(line::json -> 'data') = 'ARRAY'), false) as pages from (select line from ingest_json_lines where is_valid limit 100)`,
  ))!;
  if (pages || options.format === X_API_V2.name) {
    const identity = Object.fromEntries(RAW_FIELDS.map((f) => [f, f]));
    const loaded = await stageRows(db, job, identity, { from: `(${X_SQL})`, line: 'source_line', extra: 'extra' });
    return { format: X_API_V2.name, read: loaded + rejected, loaded, rejected };
  }
  const keys = await objectKeys(db);
  const format = (options.format && formatByName(options.format)) || detectFormat(keys);
  const mapping = mapColumns(format, keys, (key) => `(line::json ->> ${literal(`$."${key.replaceAll('"', '\\"')}"`)})`, options.columns);
  if (mapping.missing.length) {
    throw new FileRejectedError(job.relPath, messages.missingColumns(job.relPath, format.label, mapping.missing, mapping.closest), 'missing columns');
  }
  const loaded = await stageRows(db, job, mapping.exprs, {
    from: 'ingest_json_lines',
    where: 'is_valid',
    line: 'source_line',
    extra: 'line::json',
  });
  return { format: format.name, read: loaded + rejected, loaded, rejected };
}
