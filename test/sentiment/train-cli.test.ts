import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../pipeline/helpers.ts';

describe('listen train sentiment', () => {
  it('reports cross-validated macro-F1 and the chosen settings per language, saves a version 2 model that eval reads', async () => {
    const out = join(tempDir('train-cli'), 'models', 'sentiment.json');
    const labels = ['--labels', 'test/fixtures/labels/train-small.csv', '--label-col', 'sentiment', '--lang-col', 'lang'];
    const train = await runCli(['train', 'sentiment', ...labels, '--folds', '3', '--min-rows', '20', '--out', out]);
    expect(train.stderr).not.toMatch(/Error/);
    expect(train.code).toBe(0);
    expect(train.stdout).toMatch(/^en: [\d,]+ rows, 3-fold macro-F1 0\.\d{3} ± 0\.\d{3}, accuracy 0\.\d{3}, L2 [\d.e-]+(, naive-Bayes scaling)?$/m);
    expect(train.stdout).toMatch(/^tr: [\d,]+ rows, 3-fold macro-F1/m);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.version).toBe(2);
    expect(saved.languages.en.cv.folds).toBe(3);
    const evaluated = await runCli(['eval', 'sentiment', ...labels, '--model', out]);
    expect(evaluated.code).toBe(0);
    expect(evaluated.stdout).toContain(`model:${out}`);
  }, 60_000);
});
