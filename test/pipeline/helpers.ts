import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../bin/listen.js', import.meta.url));

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `listen-${prefix}-`));
}

/** A small generic export: `rows` mentions, every 50th with an unreadable timestamp. */
export function writeGenericCsv(path: string, rows: number, offset = 0): void {
  const lines = ['id,platform,created_at,author,text,lang,likes'];
  for (let i = 0; i < rows; i++) {
    const id = offset + i;
    const when = i % 50 === 49 ? 'not a date' : new Date(Date.UTC(2026, 8, 1) + id * 60_000).toISOString();
    lines.push(`${id},twitter,${when},user${id % 97},"Mention ${id}, the delivery was ${id % 3 ? 'great' : 'late again'}",en,${id % 11}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

export function makeInbox(files: number, rowsPerFile: number): string {
  const inbox = join(tempDir('inbox'), 'inbox');
  mkdirSync(inbox, { recursive: true });
  for (let f = 0; f < files; f++) writeGenericCsv(join(inbox, `export-${f}.csv`), rowsPerFile, f * rowsPerFile);
  return inbox;
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
