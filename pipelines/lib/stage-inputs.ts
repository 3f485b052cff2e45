import type { Db } from './db.ts';

/**
 * What changed in a stage's inputs since it last succeeded, when only new export files arrived: the
 * stage may then work on the rows of those files alone. Undefined means rebuild from everything (first
 * run, --force, different code or options, or a file replaced or gone).
 */
export interface InputDelta {
  /** file_id of each loaded file the stage has not seen (possibly none). */
  files: string[];
  /**
   * Tables written by earlier stages that rebuilt from everything since this stage last succeeded:
   * their rows may have changed, not only grown.
   */
  rebuiltTables: string[];
}

/** True when there is a delta and none of `tables` was rebuilt since: output built on them still stands. */
export function onlyGrew(delta: InputDelta | undefined, tables: string[]): delta is InputDelta {
  return Boolean(delta && !tables.some((table) => delta.rebuiltTables.includes(table)));
}

/** The delta's files as the temp table delta_files(file_id), for a semi join; the caller drops it. */
export async function loadDeltaFiles(db: Db, delta: InputDelta): Promise<void> {
  await db.run("create or replace temp table delta_files as select unnest(from_json($files, '[\"VARCHAR\"]')) as file_id", { files: JSON.stringify(delta.files) });
}

/**
 * The delta for `stage` built by code `codeFingerprint`, or undefined when it must rebuild; `rebuilt`
 * comes back as the names among `upstream` (earlier stages) that rebuilt since the stage last succeeded.
 */
export async function inputDelta(
  db: Db,
  stage: string,
  codeFingerprint: string,
  upstream: string[],
): Promise<{ files: string[]; rebuiltStages: string[] } | undefined> {
  const row = await db.one<{ code: string | null; added: string[] | null; gone: bigint; rebuilt: string[] | null }>(
    `with me as (select * from stage_inputs where stage = $stage),
     seen as (select unnest(file_ids) as file_id from me),
     loaded as (select distinct file_id from ingest_files where status = 'loaded')
     select
       (select code_fingerprint from me) as code,
       (select list(file_id order by file_id) from loaded anti join seen using (file_id)) as added,
       (select count(*) from seen anti join loaded using (file_id)) as gone,
       (select list(stage order by stage) from stage_inputs
        where list_contains(from_json($upstream, '["VARCHAR"]'), stage) and rebuilt_at > (select recorded_at from me)) as rebuilt`,
    { stage, upstream: JSON.stringify(upstream) },
  );
  if (!row || row.code !== codeFingerprint || Number(row.gone) > 0) return undefined;
  return { files: row.added ?? [], rebuiltStages: row.rebuilt ?? [] };
}

/** Records that `stage` is now built from every loaded file, by code `codeFingerprint`; `rebuilt` when it did not just append. */
export async function recordInputs(db: Db, stage: string, codeFingerprint: string, now: Date, rebuilt: boolean): Promise<void> {
  await db.run(
    `insert or replace into stage_inputs
     select $stage, $code, coalesce(list(distinct file_id order by file_id), []), $now::timestamptz,
       case when $rebuilt then $now::timestamptz else coalesce((select rebuilt_at from stage_inputs where stage = $stage), $now::timestamptz) end
     from ingest_files where status = 'loaded'`,
    { stage, code: codeFingerprint, now: now.toISOString(), rebuilt },
  );
}
