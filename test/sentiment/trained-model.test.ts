import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelsFile } from '../../pipelines/evaluation/labels-file.ts';
import { computeMetrics } from '../../pipelines/evaluation/metrics.ts';
import { selectPart } from '../../pipelines/evaluation/split.ts';
import { loadModel, saveModel } from '../../pipelines/sentiment/model-file.ts';
import { modelScorer } from '../../pipelines/sentiment/model-scorer.ts';
import { trainSentimentModel } from '../../pipelines/sentiment/train-model.ts';

const dir = mkdtempSync(join(tmpdir(), 'model-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trained sentiment model', async () => {
  const { rows } = await readLabelsFile('test/fixtures/labels/train-small.csv', { labelCol: 'sentiment', langCol: 'lang' });
  const train = selectPart(rows, 'train').map((row) => ({ ...row, lang: row.lang! }));
  const test = selectPart(rows, 'test');
  const model = trainSentimentModel(train, { source: 'fixture', now: new Date('2026-01-01T00:00:00Z'), folds: 3, minRows: 20 });

  it('trains one classifier per language with cross-validated scores', () => {
    expect(Object.keys(model.languages).sort()).toEqual(['en', 'tr']);
    expect(model.languages.en.cv?.folds).toBe(3);
    expect(model.languages.en.cv!.macroF1).toBeGreaterThan(0.5);
  });

  it('beats chance on held-out rows', () => {
    const scorer = modelScorer(model);
    const metrics = computeMetrics(test.map((row) => row.label), test.map((row) => scorer.score(row.text, row.lang).label));
    expect(metrics.macroF1).toBeGreaterThan(0.6);
  });

  it('survives a save and load unchanged in its predictions, and shows its evidence', () => {
    const path = join(dir, 'models', 'sentiment.json');
    saveModel(model, path);
    const before = modelScorer(model).score('I love the camera', 'en');
    const after = modelScorer(loadModel(path)).score('I love the camera', 'en');
    expect(after.label).toBe(before.label);
    expect(after.score).toBeCloseTo(before.score, 2);
    expect(after.scorer).toBe('model#en');
    expect(after.evidence.terms.length).toBeGreaterThan(0);
  });

  it('falls back to the rule scorer for languages it was not trained on', () => {
    expect(modelScorer(model).score('Das ist wirklich toll', 'de').scorer).toBe('rules-v1');
  });

  it('refuses a file that is not a model, saying how to make one', () => {
    expect(() => loadModel(join(dir, 'missing.json'))).toThrow(/listen train sentiment/);
  });
});
