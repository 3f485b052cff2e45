import { eldDetector } from '../language/eld-detector.ts';
import type { Logger } from '../lib/log.ts';
import { saveModel } from '../sentiment/model-file.ts';
import { MIN_ROWS, trainSentimentModel } from '../sentiment/train-model.ts';
import type { SentimentModel } from '../sentiment/trained-model.ts';
import { readLabelsFile, type LabelsOptions } from './labels-file.ts';
import { messages } from './messages.ts';
import { HOLDOUT, selectPart, type SplitPart } from './split.ts';

export interface TrainCommandOptions extends LabelsOptions {
  labels: string;
  out: string;
  folds: number;
  minRows: number;
  split: SplitPart;
  holdout: number;
  now: Date;
}

export class NothingTrainedError extends Error {
  override name = 'NothingTrainedError';
}

/** `listen train sentiment`: one classifier per language on the training part, k-fold scores, saved as JSON. */
export async function runTrain(options: TrainCommandOptions, log: Logger): Promise<{ model: SentimentModel; summary: string }> {
  const labels = await readLabelsFile(options.labels, options);
  log.info(messages.mappedLabels(labels.mapping));
  const detector = eldDetector();
  const part = selectPart(labels.rows, options.split, options.holdout ?? HOLDOUT);
  const rows = part.map((row) => ({ ...row, lang: row.lang ?? detector.detect(row.text).lang ?? '*' }));
  const lines: string[] = [];
  const model = trainSentimentModel(rows, {
    source: options.labels,
    now: options.now,
    folds: options.folds,
    minRows: options.minRows ?? MIN_ROWS,
    onLanguage: (lang, n, cv) => {
      const line = cv
        ? `${lang}: ${n.toLocaleString('en-US')} rows, ${cv.folds}-fold macro-F1 ${cv.macroF1.toFixed(3)} ± ${cv.macroF1Sd.toFixed(3)}, accuracy ${cv.accuracy.toFixed(3)}${cv.l2 === undefined ? '' : `, L2 ${cv.l2}`}${cv.nb ? ', naive-Bayes scaling' : ''}`
        : `${lang}: ${n.toLocaleString('en-US')} rows, not cross-validated`;
      lines.push(line);
      log.info(`Trained ${line}`);
    },
    onSkip: (lang, n) => log.warn(messages.tooFewForLanguage(lang, n, options.minRows ?? MIN_ROWS)),
  });
  if (Object.keys(model.languages).length === 0) throw new NothingTrainedError(messages.nothingTrained(options.minRows ?? MIN_ROWS));
  saveModel(model, options.out);
  const summary = `Trained ${Object.keys(model.languages).length} language model(s) on ${rows.length.toLocaleString('en-US')} rows; saved to ${options.out}.`;
  return { model, summary: [...lines, summary].join('\n') };
}
