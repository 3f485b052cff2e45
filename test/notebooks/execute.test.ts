import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeNotebook } from '../../pipelines/notebooks-run/execute.ts';
import { listNotebooks, serializeNotebook, type Notebook } from '../../pipelines/notebooks-run/notebook-file.ts';
import { INJECTED_TAG, PARAMETERS_TAG } from '../../pipelines/notebooks-run/parameters.ts';
import { NOTEBOOKS_DIR } from '../../pipelines/notebooks-run/run-notebook.ts';
import { runCli, tempDir } from '../pipeline/helpers.ts';
import { sampleWarehouse, truth } from '../trends/sample-warehouse.ts';
import { cellOutputs, readNotebook, readOutputs, sourceText } from './helpers.ts';

const NOTEBOOK_TIMEOUT = 300_000;
let warehouse: string;
let rushbee: { mentions: number; negative: number; labeled: number };
let labelsCsv: string;

beforeAll(async () => {
  const sample = await sampleWarehouse('notebooks');
  const row = await sample.db.one<{ mentions: bigint; negative: bigint }>(
    "select count(*) as mentions, count(*) filter (where sentiment_label = 'negative') as negative from fct_topic_mentions where topic_id = 'rushbee'",
  );
  // A labeled file as a team would bring one: the sample's planted sentiment per mention.
  labelsCsv = join(tempDir('nb-labels'), 'labels.csv');
  writeFileSync(labelsCsv, ['mention_id,label', ...truth.labels.map((l: unknown[]) => `${l[truth.labelColumns.indexOf('mention_id')]},${l[truth.labelColumns.indexOf('sentiment')]}`)].join('\n'));
  const labeled = await sample.db.one<{ n: bigint }>(
    "select count(distinct mention_id) as n from fct_topic_mentions where topic_id = 'rushbee' and mention_id in (select mention_id from read_csv($file))",
    { file: labelsCsv },
  );
  rushbee = { mentions: Number(row!.mentions), negative: Number(row!.negative), labeled: Number(labeled!.n) };
  // Notebooks open the warehouse read-only, which DuckDB refuses while this process holds it for writing.
  sample.db.close();
  warehouse = sample.path;
}, 180_000);

describe('every notebook in notebooks/ runs top to bottom on the sample warehouse', () => {
  const names = listNotebooks(NOTEBOOKS_DIR);

  it('has the four notebooks, each with a cell tagged parameters', () => {
    expect(names).toEqual(expect.arrayContaining(['influencers', 'quickstart', 'root-cause-review', 'sentiment-audit']));
    for (const name of names) {
      const notebook = readNotebook(join(NOTEBOOKS_DIR, `${name}.ipynb`));
      expect(notebook.cells.some((cell) => cell.metadata.tags?.includes(PARAMETERS_TAG)), name).toBe(true);
    }
  });

  for (const name of names) {
    it(`${name}: no cell fails, and it read LISTEN_WAREHOUSE`, async () => {
      // Executed where it is committed, as Jupyter runs it: the kernel starts in notebooks/.
      const out = tempDir(`nb-${name}`);
      const { executedFile, failed } = await executeNotebook(join(NOTEBOOKS_DIR, `${name}.ipynb`), out, {
        label: `notebooks/${name}.ipynb`,
        timeoutSeconds: 240,
        env: { LISTEN_WAREHOUSE: warehouse },
      });
      expect(failed, failed && `${failed.name}: ${failed.error}`).toBeUndefined();
      const outputs = readOutputs(executedFile);
      expect(outputs.join('\n')).toContain(`Warehouse: ${warehouse}`);
      // Every code cell after the imports produced something: nothing was skipped after an error.
      const notebook = readNotebook(executedFile);
      const silent = notebook.cells
        .map((cell, i) => ({ cell, text: outputs[i] }))
        .filter(({ cell }) => cell.cell_type === 'code' && !cell.metadata.tags?.includes(PARAMETERS_TAG) && !/^import /.test(sourceText(cell)))
        .filter(({ text }) => text.trim() === '')
        .map(({ cell }) => cell.id);
      expect(silent).toEqual([]);
    }, NOTEBOOK_TIMEOUT);
  }
});

describe('listen notebook run', () => {
  it('runs quickstart with brand=rushbee: the injected cell and rushbee figures are in the .ipynb and the HTML', async () => {
    const out = join(tempDir('nb-run'), 'out');
    const result = await runCli(['notebook', 'run', 'quickstart', '--param', 'brand=rushbee', '--warehouse', warehouse, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([join(out, 'quickstart.ipynb'), join(out, 'quickstart.html')]);

    const executed = readNotebook(join(out, 'quickstart.ipynb'));
    const parametersAt = executed.cells.findIndex((cell) => cell.metadata.tags?.includes(PARAMETERS_TAG));
    const injected = executed.cells[parametersAt + 1];
    expect(injected.metadata.tags).toEqual([INJECTED_TAG]);
    expect(sourceText(injected)).toContain('const brand = "rushbee";');

    const figures = `rushbee: ${rushbee.mentions} mentions from`;
    expect(cellOutputs(executed).join('\n')).toContain(figures);
    const html = readFileSync(join(out, 'quickstart.html'), 'utf8');
    expect(html).toContain(figures);
    expect(html).toContain(`<td style="text-align:right">${rushbee.negative}</td>`);
    expect(html).toContain('<svg');
    expect(existsSync(join(out, 'quickstart.failed.ipynb'))).toBe(false);
  }, NOTEBOOK_TIMEOUT);

  it('runs the sentiment audit against a labeled file', async () => {
    const out = join(tempDir('nb-audit'), 'out');
    const result = await runCli(['notebook', 'run', 'sentiment-audit', '--param', 'brand=rushbee', '--param', `labels=${labelsCsv}`, '--warehouse', warehouse, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(rushbee.labeled).toBeGreaterThan(0);
    expect(readOutputs(join(out, 'sentiment-audit.ipynb')).join('\n')).toContain(`${labelsCsv}: ${rushbee.labeled} mentions of rushbee compared, agreement 0.`);
  }, NOTEBOOK_TIMEOUT);

  it('exits non-zero naming the failed cell and its error, and keeps the executed copy', async () => {
    const dir = tempDir('nb-broken');
    const notebook: Notebook = {
      cells: [
        { cell_type: 'code', id: 'params', metadata: { tags: ['parameters'] }, source: 'const brand = "pakkit";', outputs: [], execution_count: null },
        { cell_type: 'code', id: 'fine', metadata: {}, source: 'console.log(`fine ${brand}`);', outputs: [], execution_count: null },
        { cell_type: 'code', id: 'boom', metadata: {}, source: 'throw new Error(`no theme for ${brand}`);', outputs: [], execution_count: null },
        { cell_type: 'code', id: 'after', metadata: {}, source: 'console.log("after");', outputs: [], execution_count: null },
      ],
      metadata: { kernelspec: { name: 'listening-tslab', display_name: 'TypeScript (listening workspace)', language: 'typescript' } },
      nbformat: 4,
      nbformat_minor: 5,
    };
    writeFileSync(join(dir, 'broken.ipynb'), serializeNotebook(notebook));
    const out = join(dir, 'out');
    mkdirSync(out);
    const result = await runCli(['notebook', 'run', 'broken', '--dir', dir, '--param', 'brand=rushbee', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken.ipynb: cell 3 (id boom) failed (throw new Error(`no theme for ${brand}`);):');
    expect(result.stderr).toContain('Error: no theme for rushbee');
    expect(existsSync(join(out, 'broken.failed.ipynb'))).toBe(true);
    expect(existsSync(join(out, 'broken.ipynb'))).toBe(false);
    expect(existsSync(join(out, 'broken.html'))).toBe(false);
  }, NOTEBOOK_TIMEOUT);
});
