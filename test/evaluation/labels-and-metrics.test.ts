import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelsFile } from '../../pipelines/evaluation/labels-file.ts';
import { parseLabelMap } from '../../pipelines/evaluation/label-map.ts';
import { messages } from '../../pipelines/evaluation/messages.ts';
import { computeMetrics } from '../../pipelines/evaluation/metrics.ts';
import { runEval } from '../../pipelines/evaluation/run-eval.ts';
import { runTrain } from '../../pipelines/evaluation/run-train.ts';
import { isHeldOut, selectPart } from '../../pipelines/evaluation/split.ts';
import { memoryLogger } from '../../pipelines/lib/log.ts';

const FIX = 'test/fixtures/labels';
const dir = mkdtempSync(join(tmpdir(), 'eval-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('labels files', () => {
  it('maps common label spellings and keeps the language column', async () => {
    const file = await readLabelsFile(`${FIX}/mixed.csv`, { langCol: 'language' });
    expect(file.rows[0]).toEqual({ text: 'I love this phone', label: 'positive', lang: 'en' });
    expect(file.mapping).toContainEqual(['pos', 'positive', 1]);
    expect(new Set(file.rows.map((row) => row.lang))).toEqual(new Set(['en', 'tr']));
  });

  it('refuses unknown labels, naming them', async () => {
    const known = [...parseLabelMap(undefined).keys()];
    await expect(readLabelsFile(`${FIX}/unknown-label.csv`)).rejects.toThrow(messages.unknownLabels(`${FIX}/unknown-label.csv`, ['sortof'], known));
    const mapped = await readLabelsFile(`${FIX}/unknown-label.csv`, { labelMap: 'sortof=neutral' });
    expect(mapped.rows[1].label).toBe('neutral');
  });

  it('refuses missing columns, naming them and the columns that exist', async () => {
    await expect(readLabelsFile(`${FIX}/mixed.csv`, { textCol: 'tweet', langCol: 'lng' })).rejects.toThrow(
      messages.missingColumns(`${FIX}/mixed.csv`, ['tweet', 'lng'], ['id', 'text', 'label', 'language']),
    );
  });

  it('refuses 0/1 labels until told what they mean', async () => {
    await expect(readLabelsFile(`${FIX}/binary.csv`)).rejects.toThrow(messages.ambiguousBinary(`${FIX}/binary.csv`));
    const rows = (await readLabelsFile(`${FIX}/binary.csv`, { labelMap: 'binary01' })).rows;
    expect(rows.map((row) => row.label)).toEqual(['positive', 'negative']);
  });

  it('rejects a malformed label map', () => {
    expect(() => parseLabelMap('good=great')).toThrow(messages.badLabelMap('good=great'));
  });
});

describe('held-out split', () => {
  it('is deterministic by text and holds out about 30%', async () => {
    const { rows } = await readLabelsFile(`${FIX}/train-small.csv`, { labelCol: 'sentiment' });
    expect(isHeldOut('same text')).toBe(isHeldOut('  Same Text '));
    const test = selectPart(rows, 'test');
    expect(test.length / rows.length).toBeGreaterThan(0.15);
    expect(test.length / rows.length).toBeLessThan(0.45);
    expect(selectPart(rows, 'train').length + test.length).toBe(rows.length);
  });
});

describe('metrics', () => {
  it('computes accuracy, per-class precision/recall, macro-F1 and the confusion matrix', () => {
    const m = computeMetrics(['positive', 'positive', 'negative', 'neutral'], ['positive', 'negative', 'negative', 'neutral']);
    expect(m.accuracy).toBe(0.75);
    expect(m.perClass.positive).toEqual({ precision: 1, recall: 0.5, f1: 0.6667, support: 2 });
    expect(m.perClass.negative.precision).toBe(0.5);
    expect(m.confusion).toEqual([[1, 0, 0], [0, 1, 0], [1, 0, 1]]);
    expect(m.macroF1).toBeCloseTo((0.6667 + 0.6667 + 1) / 3, 3);
  });
});

describe('eval and train commands', () => {
  it('trains, saves, and evaluates the model next to the default scorer, writing JSON and a Vega-Lite spec', async () => {
    const log = memoryLogger();
    const modelPath = join(dir, 'models', 'sentiment.json');
    const trained = await runTrain({ labels: `${FIX}/train-small.csv`, labelCol: 'sentiment', langCol: 'lang', out: modelPath, folds: 3, minRows: 20, split: 'train', holdout: 0.3, now: new Date(0) }, log);
    expect(trained.summary).toMatch(/3-fold macro-F1/);
    const result = await runEval({ labels: `${FIX}/train-small.csv`, labelCol: 'sentiment', langCol: 'lang', model: [modelPath], out: join(dir, 'eval'), split: 'test', holdout: 0.3 }, log);
    expect(result.text).toMatch(/Scorer rules-v1/);
    expect(result.text).toMatch(/language tr: n=/);
    expect(result.text).toMatch(/confusion/);
    const json = JSON.parse(readFileSync(join(dir, 'eval', 'sentiment-eval.json'), 'utf8'));
    expect(json.reports).toHaveLength(2);
    const model = json.reports[1];
    expect(model.overall.macroF1).toBeGreaterThan(0.6);
    const spec = JSON.parse(readFileSync(join(dir, 'eval', 'sentiment-eval.vl.json'), 'utf8'));
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(spec.data.values.length).toBeGreaterThan(0);
  });
});
