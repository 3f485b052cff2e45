import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { CLI, makeInbox, runCli, tempDir } from '../pipeline/helpers.ts';

let warehouse: string;

/** `listen sql` with `input` piped to its stdin. */
function pipeToSql(input: string, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'sql', '--warehouse', warehouse, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  warehouse = join(tempDir('prompt'), 'w.duckdb');
  const run = await runCli(['run', '--inbox', makeInbox(1, 40), '--warehouse', warehouse, '--quiet']);
  expect(run.code).toBe(0);
});

describe('listen sql with no query (the prompt, driven through stdin)', () => {
  it('runs a multi-line statement, .tables and .schema, reports an error and goes on', async () => {
    const input = [
      'select platform,',
      '       count(*) as mentions',
      "from fct_mentions -- a comment with a ; in it",
      'group by platform;',
      '.tables',
      '.schema fct_mentions',
      'select * from no_such_table;',
      "select 'a;b' as text, 2 as n;",
    ].join('\n');
    const { code, stdout, stderr } = await pipeToSql(`${input}\n`);
    expect(stdout).toMatch(/^platform │ mentions\n─+┼─+\nx +│ 40\n/);
    expect(stdout).toMatch(/^fct_mentions +│ table │ 40 +│ One row per mention/m);
    expect(stdout).toMatch(/^stg_mentions +│ table │ 40 +│ The canonical mention/m);
    expect(stdout).toMatch(/^stg_raw_rows +│ view +│/m);
    expect(stdout).toMatch(/^fct_mentions \(table\): One row per mention/m);
    expect(stdout).toMatch(/^engagement +│ BIGINT +│ yes +│ likes \+ shares \+ comments \(missing counts as 0\)\.$/m);
    expect(stderr).toMatch(/Error \(statement at line 7\): Catalog Error: Table with name no_such_table does not exist/);
    expect(stdout).toMatch(/text │ n\n─+┼─+\na;b +│ 2/);
    expect(stderr).toMatch(/^1 row \([\d.]+ s\)$/m);
    expect(code).toBe(1);
  });

  it('sets parameters, switches output mode, runs a query file, and exits 0 when all went well', async () => {
    const input = [
      '.param note Acme; drop table x',
      '.mode csv',
      "select getvariable('note') as note;",
      '.mode json',
      '.run analysis/language_mix',
      '.params',
    ].join('\n');
    const { code, stdout, stderr } = await pipeToSql(`${input}\n`);
    expect(stderr).not.toMatch(/Error/);
    expect(stdout).toContain('note\nAcme; drop table x\n');
    expect(stdout).toMatch(/"lang": "en",\s+"mentions": 40,\s+"share": 1,/);
    expect(stdout).toContain('"value": "Acme; drop table x"');
    expect(code).toBe(0);
  });

  it('refuses writes: the warehouse is open read-only', async () => {
    const { code, stderr } = await pipeToSql('delete from fct_mentions;\n');
    expect(stderr).toMatch(/read-only/i);
    expect(code).toBe(1);
  });

  it('says the warehouse is in use when a pipeline holds the write lock', async () => {
    const writer = await openDb(warehouse);
    try {
      const { code, stderr } = await pipeToSql('select 1;\n');
      expect(stderr).toMatch(/is in use by another process/);
      expect(code).toBe(3);
    } finally {
      writer.close();
    }
  });
});

describe('listen docs', () => {
  it('writes one page listing every table with its lineage, escaping a hostile comment', async () => {
    const writer = await openDb(warehouse);
    await writer.run(`comment on table fct_mentions_daily is '<script>alert("table")</script> & co'`);
    await writer.run(`comment on column fct_mentions_daily.mentions is '<img src=x onerror=alert(1)>'`);
    await writer.run(`create table "<b>odd</b>" (x integer)`);
    writer.close();
    const out = join(tempDir('docs'), 'dictionary.html');
    const result = await runCli(['docs', '--warehouse', warehouse, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Wrote .*dictionary\.html: \d+ tables and views, 2 without a comment/);
    const html = readFileSync(out, 'utf8');
    const db = await openDb(warehouse, { readOnly: true });
    const relations = await db.all<{ name: string }>('select table_name as name from duckdb_tables() union all select view_name from duckdb_views() where not internal');
    db.close();
    for (const { name } of relations) expect(html, name).toContain(`data-name="${name.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>odd</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;table&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const section = html.slice(html.indexOf('data-name="fct_mentions"'), html.indexOf('</section>', html.indexOf('data-name="fct_mentions"')));
    expect(section).toMatch(/stage <code>marts<\/code>, <code>queries\/marts\/fct_mentions\.sql<\/code>/);
    expect(section).toMatch(/<dd class="upstream"><a href="#t-mention_sentiment">mention_sentiment<\/a>, <a href="#t-stg_mentions">stg_mentions<\/a><\/dd>/);
    expect(section).toMatch(/<dd class="downstream">.*<a href="#t-fct_topic_mentions">fct_topic_mentions<\/a>/);
    expect((html.match(/<script>/g) ?? []).length).toBe(1);

    const md = join(tempDir('docs'), 'dictionary.md');
    expect((await runCli(['docs', '--warehouse', warehouse, '--out', md])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/## fct_mentions \(table\)\n\nOne row per mention/);
    expect(existsSync(`${md}.${process.pid}.tmp`)).toBe(false);
  });
});
