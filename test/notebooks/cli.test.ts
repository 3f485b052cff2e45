import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { $ } from 'zx';
import { describe, expect, it } from 'vitest';
import { jupyterEnv, KERNEL_NAME, python } from '../../pipelines/notebooks-run/kernel.ts';
import { readNotebook, serializeNotebook } from '../../pipelines/notebooks-run/notebook-file.ts';
import { injectParameters } from '../../pipelines/notebooks-run/parameters.ts';
import { NOTEBOOKS_DIR } from '../../pipelines/notebooks-run/run-notebook.ts';
import { stripNotebooks, unstrippedMessage } from '../../pipelines/notebooks-run/strip.ts';
import { runCli, tempDir } from '../pipeline/helpers.ts';
import { sourceText } from './helpers.ts';

describe('committed notebooks', () => {
  it('have no outputs or execution counts (npx listen notebook strip removes them)', () => {
    const report = stripNotebooks(NOTEBOOKS_DIR, { fix: false });
    expect(report.unstripped.size, unstrippedMessage(report)).toBe(0);
  });

  it('listen notebook strip --check fails on a notebook with outputs and names the fix; strip fixes it', async () => {
    const dir = tempDir('nb-strip');
    const notebook = readNotebook(join(NOTEBOOKS_DIR, 'quickstart.ipynb'));
    notebook.cells[1] = { ...notebook.cells[1], execution_count: 3, outputs: [{ output_type: 'stream', name: 'stdout', text: ['x\n'] }] };
    writeFileSync(join(dir, 'dirty.ipynb'), serializeNotebook(notebook));
    copyFileSync(join(NOTEBOOKS_DIR, 'influencers.ipynb'), join(dir, 'clean.ipynb'));

    const check = await runCli(['notebook', 'strip', '--check', '--dir', dir]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${join(dir, 'dirty.ipynb')}: cell(s) 2 have outputs or execution counts`);
    expect(check.stderr).toContain('run npx listen notebook strip');
    expect(check.stderr).not.toContain('clean.ipynb');

    const strip = await runCli(['notebook', 'strip', '--dir', dir]);
    expect(strip.code).toBe(0);
    expect(readFileSync(join(dir, 'dirty.ipynb'), 'utf8')).toBe(readFileSync(join(NOTEBOOKS_DIR, 'quickstart.ipynb'), 'utf8'));
    expect((await runCli(['notebook', 'strip', '--check', '--dir', dir])).code).toBe(0);
  });
});

describe('parameters', () => {
  const notebook = () => readNotebook(join(NOTEBOOKS_DIR, 'sentiment-audit.ipynb'));

  it('are injected after the parameters cell as JSON-escaped literals of the declared kind', () => {
    const injected = injectParameters(notebook(), [['brand', 'rush"bee\n</script>'], ['limit', '5'], ['labels', '/tmp/l.csv']], 'sentiment-audit');
    const at = injected.cells.findIndex((cell) => cell.metadata.tags?.includes('parameters'));
    expect(injected.cells[at + 1].metadata.tags).toEqual(['injected-parameters']);
    expect(sourceText(injected.cells[at + 1])).toBe(
      '// Parameters injected by listen notebook run\nconst brand = "rush\\"bee\\n</script>";\nconst limit = 5;\nconst labels: string | null = "/tmp/l.csv";',
    );
    expect(injected.cells).toHaveLength(notebook().cells.length + 1);
  });

  it('refuse a name the notebook does not declare (exit 2, listing the parameters) and a non-number for a number', () => {
    expect(() => injectParameters(notebook(), [['brnad', 'x']], 'sentiment-audit')).toThrow(
      expect.objectContaining({ exitCode: 2, message: '--param brnad: sentiment-audit has no parameter brnad; its parameters are brand, labels, limit.' }),
    );
    expect(() => injectParameters(notebook(), [['limit', 'ten']], 'sentiment-audit')).toThrow(expect.objectContaining({ exitCode: 2 }));
  });

  it('an unknown notebook exits 2 and lists the notebooks', async () => {
    const result = await runCli(['notebook', 'run', 'quickstrat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("No notebook named 'quickstrat'");
    expect(result.stderr).toContain('Notebooks: influencers, quickstart, root-cause-review, sentiment-audit.');
  });
});

describe('listen notebook setup', () => {
  it("registers the project's tslab kernel where Jupyter finds it through the printed JUPYTER_PATH", async () => {
    const result = await runCli(['notebook', 'setup']);
    expect(result.code, result.stderr).toBe(0);
    const line = result.stdout.trim();
    const path = /^export JUPYTER_PATH="([^$"]+)\$\{JUPYTER_PATH:\+:\$JUPYTER_PATH\}"$/.exec(line)?.[1];
    expect(path).toBeDefined();
    const listed = await $({ env: { ...jupyterEnv(), JUPYTER_PATH: path! }, quiet: true })`${python()} -m jupyter kernelspec list --json`;
    const specs = JSON.parse(listed.stdout).kernelspecs as Record<string, { resource_dir: string; spec: { argv: string[]; env: Record<string, string> } }>;
    const spec = specs[KERNEL_NAME];
    expect(spec.resource_dir).toBe(join(path!, 'kernels', KERNEL_NAME));
    expect(spec.spec.argv.slice(1, 3)).toEqual([join(NOTEBOOKS_DIR, '..', 'node_modules', 'tslab', 'bin', 'tslab'), 'kernel']);
    expect(spec.spec.env.NODE_OPTIONS).toMatch(/^--import file:\/\/.*\/node_modules\/tsx\//);
  });
});
