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
   * Earlier stages that rebuilt their output from everything since this stage last succeeded: rows of
   * theirs this stage built on may have changed, not only grown.
   */
  rebuiltUpstream: string[];
}

/** The delta for `stage` built by code `codeFingerprint` after stages `upstream`, or undefined when it must rebuild. */
export async function inputDelta(db: Db, stage: string, codeFingerprint: string, upstream: string[]): Promise<InputDelta | undefined> {
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
  return { files: row.added ?? [], rebuiltUpstream: row.rebuilt ?? [] };
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
