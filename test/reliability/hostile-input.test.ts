import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { runCli, tempDir } from '../pipeline/helpers.ts';

const DROP = "x'); drop table fct_mentions; --";

/** A throwaway workspace (LISTEN_ROOT) with its own listening.config.ts. */
function workspace(prefix: string, config: Record<string, unknown>): { root: string; run(...args: string[]): ReturnType<typeof runCli> } {
  const root = join(tempDir(prefix), 'ws');
  mkdirSync(join(root, 'data', 'inbox'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'listening.config.ts'), `export default ${JSON.stringify(config, null, 2)};\n`);
  return { root, run: (...args) => runCli(args, { LISTEN_ROOT: root }) };
}

describe('hostile input', () => {
  it('refuses config paths that leave the workspace: .., absolute, through a symbolic link, in a mapping glob', { timeout: 120_000 }, async () => {
    const up = workspace('paths-up', { warehouse: '../outside.duckdb' });
    const result = await up.run('run', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`listen: The warehouse ../outside.duckdb in listening.config.ts points outside the workspace ${up.root}. Use a path inside it.`);
    expect(existsSync(join(up.root, '..', 'outside.duckdb'))).toBe(false);

    const absolute = workspace('paths-abs', { inbox: '/etc' });
    const abs = await absolute.run('run', '--quiet');
    expect(abs.code).toBe(2);
    expect(abs.stderr).toContain('The inbox /etc in listening.config.ts points outside the workspace');

    const outside = tempDir('elsewhere');
    const linked = workspace('paths-link', { warehouse: 'shared/w.duckdb' });
    symlinkSync(outside, join(linked.root, 'shared'));
    const link = await linked.run('run', '--quiet');
    expect(link.code).toBe(2);
    expect(link.stderr).toContain(`The warehouse shared/w.duckdb in listening.config.ts leads outside the workspace ${linked.root} through a symbolic link (to ${join(outside, 'w.duckdb')})`);
    expect(existsSync(join(outside, 'w.duckdb'))).toBe(false);

    const glob = workspace('paths-glob', { ingest: { mappings: [{ match: '../../secrets/**/*.csv', columns: {} }] } });
    const globbed = await glob.run('run', '--quiet');
    expect(globbed.code).toBe(2);
    expect(globbed.stderr).toContain('ingest.mappings.0.match: a glob relative to the inbox, without ".." or a leading "/"');

    const badId = workspace('topic-id', { topics: [{ id: DROP, name: 'x', kind: 'brand' }] });
    const refused = await badId.run('run', '--quiet');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('topics.0.id: use lower-case letters, digits, - and _');
  });

  it('stores SQL-looking topic names, queries, mapped column names and texts literally, with every table intact', { timeout: 180_000 }, async () => {
    const bodyColumn = 'Post "Content"; drop table raw_generic; --';
    const timeColumn = "Day'); drop table ingest_files; --";
    const ws = workspace('sql-values', {
      ingest: { mappings: [{ match: 'acme/*.csv', columns: { body: bodyColumn, created_at: timeColumn, author_handle: 'Poster' } }] },
      topics: [{ id: 'pakkit', name: "Pakkit'); drop table dim_topics; --", kind: 'brand', query: `pakkit OR "${DROP}"` }],
    });
    const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
    const texts = [`${DROP} nothing else`, "Robert'); DROP TABLE mentions;-- loves pakkit", '<script>alert("pakkit")</script>; select 1; --'];
    mkdirSync(join(ws.root, 'data', 'inbox', 'acme'));
    writeFileSync(
      join(ws.root, 'data', 'inbox', 'acme', 'export.csv'),
      [[bodyColumn, timeColumn, 'Poster'].map(quote).join(','), ...texts.map((t, i) => [quote(t), `2026-09-0${i + 1}T10:00:00Z`, `user${i}`].join(','))].join('\n') + '\n',
    );
    const result = await ws.run('run', '--quiet');
    expect(result.code, result.stderr).toBe(0);

    const db = await openDb(join(ws.root, 'data', 'warehouse.duckdb'), { readOnly: true });
    try {
      const tables = (await db.all<{ name: string }>('select table_name as name from duckdb_tables()')).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['fct_mentions', 'raw_generic', 'ingest_files', 'dim_topics', 'mention_topics']));
      const bodies = (await db.all<{ body: string }>('select body from fct_mentions order by created_at')).map((r) => r.body);
      expect(bodies).toEqual(texts);
      expect(await db.all('select topic_id, name, query from dim_topics')).toEqual([
        // The query is stored as parsed: a phrase is its words, punctuation dropped.
        { topic_id: 'pakkit', name: "Pakkit'); drop table dim_topics; --", query: 'pakkit OR "x drop table fct_mentions"' },
      ]);
      const matched = await db.all<{ body: string }>(
        "select fct_mentions.body from mention_topics inner join fct_mentions on fct_mentions.mention_id = mention_topics.mention_id where topic_id = 'pakkit' order by 1",
      );
      expect(matched.map((m) => m.body).sort()).toEqual([...texts].sort());
    } finally {
      db.close();
    }
    const asked = await ws.run('sql', 'select count(*) as n from fct_mentions where body = getvariable(\'text\')', '--param', `text=${texts[0]}`, '--format', 'csv');
    expect(asked.stdout.trim().split('\n')).toEqual(['n', '1']);
  });
});
