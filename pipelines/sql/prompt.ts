import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { CliError } from '../lib/errors.ts';
import { openWarehouse, openWorkspace } from '../lib/workspace.ts';
import { dotCommand } from './dot-commands.ts';
import { bindParams } from './run-sql.ts';
import { runStatements, type Session } from './session.ts';
import { endsStatement } from './statement-buffer.ts';

export interface PromptOptions {
  param: string[];
  limit: string;
  warehouse?: string;
  format: string;
}

const HISTORY_SIZE = 1000;

function readHistory(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).reverse().slice(0, HISTORY_SIZE);
}

function writeHistory(path: string, newestFirst: string[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${[...newestFirst].reverse().join('\n')}\n`);
  renameSync(temp, path);
}

/**
 * The analysts' SQL prompt on the warehouse, read-only. On a terminal: line editing and a history kept
 * in data/.sql_history. With piped input: runs the statements read from stdin, and ends with exit
 * code 1 if any failed.
 */
export async function runPrompt(opts: PromptOptions): Promise<void> {
  const workspace = await openWorkspace({ warehouse: opts.warehouse });
  if (!existsSync(workspace.warehouse)) {
    throw new CliError(`No warehouse at ${workspace.warehouse}: run \`listen run\` (or npm start for the sample) first, or pass --warehouse PATH.`, 1);
  }
  const db = await openWarehouse(workspace.warehouse, { readOnly: true });
  const interactive = Boolean(process.stdin.isTTY);
  const mode = ['table', 'csv', 'json'].includes(opts.format) ? (opts.format as Session['mode']) : 'table';
  const session: Session = {
    db,
    mode,
    limit: Number(opts.limit),
    failures: 0,
    out: { data: (text) => process.stdout.write(`${text}\n`), note: (text) => process.stderr.write(`${text}\n`) },
  };
  const historyFile = join(workspace.root, 'data', '.sql_history');
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
    history: interactive ? readHistory(historyFile) : [],
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  if (interactive) {
    rl.on('history', (history: string[]) => writeHistory(historyFile, history));
    process.stderr.write(`${workspace.warehouse} (read-only). Statements end with ;  .help for commands, .quit to leave.\n`);
  }
  let buffer = '';
  let lineNo = 0;
  let startLine = 1;
  const prompt = () => {
    if (!interactive) return;
    rl.setPrompt(buffer ? '   ...> ' : 'listen> ');
    rl.prompt();
  };
  // Ctrl-C drops the statement being typed; on an empty prompt it leaves, as Ctrl-D does.
  rl.on('SIGINT', () => {
    if (!buffer && !rl.line) return rl.close();
    buffer = '';
    rl.write(null, { ctrl: true, name: 'u' });
    process.stdout.write('\n');
    prompt();
  });
  try {
    await bindParams(db, opts.param);
    prompt();
    for await (const line of rl) {
      lineNo++;
      if (!buffer && line.trim().startsWith('.')) {
        if (!(await dotCommand(session, line))) break;
      } else if (buffer || line.trim()) {
        if (!buffer) startLine = lineNo;
        buffer += `${line}\n`;
        if (endsStatement(buffer)) {
          const sql = buffer;
          buffer = '';
          await runStatements(session, sql, interactive ? '' : ` (statement at line ${startLine})`);
        }
      }
      prompt();
    }
    if (buffer.trim()) await runStatements(session, buffer, interactive ? '' : ` (statement at line ${startLine})`);
  } finally {
    rl.close();
    db.close();
  }
  if (!interactive && session.failures > 0) throw new CliError(`${session.failures} statement(s) failed.`, 1);
}
