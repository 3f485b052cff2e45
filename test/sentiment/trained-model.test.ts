import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelsFile } from '../../pipelines/evaluation/labels-file.ts';
import { computeMetrics } from '../../pipelines/evaluation/metrics.ts';
import { selectPart } from '../../pipelines/evaluation/split.ts';
import { loadModel, saveModel } from '../../pipelines/sentiment/model-file.ts';
import { featurize, DEFAULT_FEATURIZER } from '../../pipelines/sentiment/featurize.ts';
import { probabilities, trainLinear } from '../../pipelines/sentiment/logistic-regression.ts';
import { modelScorer } from '../../pipelines/sentiment/model-scorer.ts';
import { ruleScorer } from '../../pipelines/sentiment/rule-scorer.ts';
import { L2_GRID, trainSentimentModel } from '../../pipelines/sentiment/train-model.ts';
import { MODEL_VERSION } from '../../pipelines/sentiment/trained-model.ts';

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
    expect(L2_GRID).toContain(model.languages.en.cv!.l2);
    expect(typeof model.languages.en.cv!.nb).toBe('boolean');
  });

  it('uses naive-Bayes scaling only when cross-validation says it helps', () => {
    const without = trainSentimentModel(train, { source: 'fixture', now: new Date('2026-01-01T00:00:00Z'), folds: 3, minRows: 20, nb: null });
    expect(without.languages.en.cv!.nb).toBe(false);
    expect(model.languages.en.cv!.macroF1).toBeGreaterThanOrEqual(without.languages.en.cv!.macroF1);
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

  it('writes the current format version and still reads version 1 files, which summed repeated n-grams', () => {
    const path = join(dir, 'v2.json');
    saveModel(model, path);
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    expect(stored.version).toBe(MODEL_VERSION);
    expect(stored.featurizer.weighting).toBe('binary');
    const { weighting: _, ...v1Featurizer } = stored.featurizer;
    const v1Path = join(dir, 'v1.json');
    writeFileSync(v1Path, JSON.stringify({ ...stored, version: 1, featurizer: v1Featurizer }));
    const v1 = loadModel(v1Path);
    expect(v1.featurizer.weighting).toBeUndefined();
    const text = 'love love love the camera';
    expect(featurize(text, 'en', v1.featurizer).names.filter((name) => name === 'w:love')).toHaveLength(3);
    expect(modelScorer(v1).score(text, 'en').scorer).toBe('model#en');
  });

  it('refuses a model file from a newer version with the versions it reads', () => {
    const path = join(dir, 'v9.json');
    saveModel(model, path);
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), version: 9 }));
    expect(() => loadModel(path)).toThrow('version 9; this version reads 1 and 2); train it again with "listen train sentiment"');
  });

  it('falls back to the rule scorer for languages it was not trained on', () => {
    expect(modelScorer(model).score('Das ist wirklich toll', 'de').scorer).toBe('rules-v1');
  });

  it('weighs classes so a rare class is still predicted when training is balanced', () => {
    const texts = [...Array.from({ length: 95 }, (_, i) => [`update number ${i} is out today`, 1]), ...Array.from({ length: 5 }, (_, i) => [`update ${i} broke everything again`, 0])] as Array<[string, number]>;
    const xs = texts.map(([text]) => featurize(text, 'en', { ...DEFAULT_FEATURIZER, lexiconFeatures: false }));
    const ys = texts.map(([, y]) => y);
    const classes = ['negative', 'neutral', 'positive'];
    const probe = featurize('update 7 broke everything', 'en', { ...DEFAULT_FEATURIZER, lexiconFeatures: false });
    const training = { epochs: 3, learningRate: 0.2, l2: 1e-4, seed: 7 };
    const plain = probabilities(trainLinear(xs, ys, classes, 1 << 19, { ...training, balanced: false }), probe);
    const balanced = probabilities(trainLinear(xs, ys, classes, 1 << 19, { ...training, balanced: true }), probe);
    expect(balanced[0]).toBeGreaterThan(plain[0]);
    expect(balanced[0]).toBeGreaterThan(balanced[1]);
  });

  it('adds the rule scorer evidence as features', () => {
    const names = featurize('not good at all, terrible', 'en', DEFAULT_FEATURIZER, ruleScorer()).names;
    expect(names).toEqual(expect.arrayContaining(['lex:score', 'lex:negative-terms', 'lex:negated']));
  });

  it('refuses a file that is not a model, saying how to make one', () => {
    expect(() => loadModel(join(dir, 'missing.json'))).toThrow(/listen train sentiment/);
  });
});
