import { describe, expect, it } from 'vitest';
import { featurize, type FeaturizerConfig } from '../../pipelines/sentiment/featurize.ts';
import { probabilities, trainLinear } from '../../pipelines/sentiment/logistic-regression.ts';
import { nbScales } from '../../pipelines/sentiment/nb-scaling.ts';

const WORDS_ONLY: FeaturizerConfig = { bits: 12, charMin: 9, charMax: 8, wordBigrams: false, lexiconFeatures: false, weighting: 'binary' };
const CLASSES = ['negative', 'neutral', 'positive'];
const NEG = 0;
const POS = 2;
const K = 3;
const DIMS = 1 << 12;

describe('naive-Bayes scaling', () => {
  // negative, neutral, positive: 4 distinct words seen, each class has 2 word occurrences in all.
  const texts = ['bad movie', 'a movie', 'good movie'];
  const xs = texts.map((text) => featurize(text, 'en', WORDS_ONLY));
  const ys = [0, 1, 2];
  const index = (name: string): number => xs.flatMap((x) => x.names.map((n, j) => [n, x.indices[j]] as const)).find(([n]) => n === name)![1];

  it('computes one-vs-rest log-count ratios with add-one smoothing over the seen features', () => {
    const scales = nbScales(xs, ys, K, DIMS, { alpha: 1, mode: 'class', mix: 1 });
    // r_pos(good) = ln(((1 + 1) / (2 + 4)) / ((0 + 1) / (4 + 4)))
    expect(scales[index('w:good') * K + POS]).toBeCloseTo(Math.log(8 / 3), 5);
    expect(scales[index('w:good') * K + NEG]).toBeCloseTo(Math.log(2 / 3), 5);
    expect(scales[index('w:movie') * K + POS]).toBeCloseTo(Math.log(8 / 9), 5);
    expect(scales[index('w:bad') * K + NEG]).toBeCloseTo(Math.log(8 / 3), 5);
  });

  it("'abs' gives every class the largest |ratio|, 'mix' pulls scales towards 1, dense features keep 1", () => {
    const abs = nbScales(xs, ys, K, DIMS, { alpha: 1, mode: 'abs', mix: 1 });
    const good = index('w:good') * K;
    expect([abs[good], abs[good + 1], abs[good + 2]]).toEqual(Array(3).fill(Math.fround(Math.log(8 / 3))));
    const half = nbScales(xs, ys, K, DIMS, { alpha: 1, mode: 'class', mix: 0.5 });
    expect(half[good + POS]).toBeCloseTo(0.5 + 0.5 * Math.log(8 / 3), 5);
    expect(nbScales(xs, ys, K, DIMS)[index('bias:empty') * K + POS]).toBe(1);
  });

  it('trains as if the inputs were scaled, and folds the scales into the weights it returns', () => {
    const ones = new Float32Array(DIMS * K).fill(1);
    const training = { epochs: 4, learningRate: 0.2, l2: 1e-4, seed: 3, balanced: true };
    const plain = trainLinear(xs, ys, CLASSES, DIMS, training);
    expect(trainLinear(xs, ys, CLASSES, DIMS, training, ones).weights).toEqual(plain.weights);
    const scales = nbScales(xs, ys, K, DIMS);
    const scaled = trainLinear(xs, ys, CLASSES, DIMS, training, scales);
    const good = index('w:good') * K;
    expect(scaled.weights[good + POS]).not.toBe(plain.weights[good + POS]);
    const p = probabilities(scaled, featurize('good movie', 'en', WORDS_ONLY));
    expect(p[POS]).toBeGreaterThan(p[NEG]);
  });
});

describe('binary term weights', () => {
  it('counts a repeated word, bigram or character n-gram once; count weighting adds repeats up', () => {
    const binary = featurize('good good good', 'en', { ...WORDS_ONLY, charMin: 2, charMax: 3, wordBigrams: true });
    expect(binary.names.filter((name) => name === 'w:good')).toHaveLength(1);
    expect(new Set(binary.names).size).toBe(binary.names.length);
    const counted = featurize('good good good', 'en', { ...WORDS_ONLY, charMin: 2, charMax: 3, wordBigrams: true, weighting: 'count' });
    expect(counted.names.filter((name) => name === 'w:good')).toHaveLength(3);
  });
});
