import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eldDetector } from '../language/eld-detector.ts';
import type { Logger } from '../lib/log.ts';
import { loadModel } from '../sentiment/model-file.ts';
import { modelScorer } from '../sentiment/model-scorer.ts';
import { ruleScorer } from '../sentiment/rule-scorer.ts';
import { evaluateScorer, withLanguages, type ScorerReport } from './evaluate.ts';
import { formatReport } from './format-report.ts';
import { readLabelsFile, type LabelsOptions } from './labels-file.ts';
import { messages } from './messages.ts';
import { reportChart } from './report-chart.ts';
import { HOLDOUT, selectPart, type SplitPart } from './split.ts';

export interface EvalOptions extends LabelsOptions {
  labels: string;
  model?: string[];
  out?: string;
  split: SplitPart;
  holdout: number;
}

export interface EvalResult {
  text: string;
  json: Record<string, unknown>;
  files: string[];
}

function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** `listen eval sentiment`: the default scorer and any trained models on the held-out part of a labeled file. */
export async function runEval(options: EvalOptions, log: Logger): Promise<EvalResult> {
  const labels = await readLabelsFile(options.labels, options);
  log.info(messages.mappedLabels(labels.mapping));
  const rows = withLanguages(selectPart(labels.rows, options.split, options.holdout ?? HOLDOUT), eldDetector());
  const scorers = [ruleScorer(), ...(options.model ?? []).map((path) => modelScorer(loadModel(path), { name: `model:${path}` }))];
  const reports: ScorerReport[] = [];
  for (const scorer of scorers) {
    const progress = log.progress(`Scoring with ${scorer.name}`, rows.length);
    reports.push(evaluateScorer(scorer, rows));
    progress.done();
  }
  const partName = options.split === 'all' ? 'all rows' : `${options.split} part (${Math.round((options.split === 'test' ? options.holdout : 1 - options.holdout) * 100)}% by text hash)`;
  const header = [`Sentiment evaluation of ${options.labels}: ${rows.length.toLocaleString('en-US')} rows, ${partName}.`, messages.mappedLabels(labels.mapping)];
  const json = { file: options.labels, split: options.split, holdout: options.holdout, rows: rows.length, mapping: labels.mapping, reports };
  const files: string[] = [];
  if (options.out) {
    mkdirSync(options.out, { recursive: true });
    const jsonPath = join(options.out, 'sentiment-eval.json');
    const chartPath = join(options.out, 'sentiment-eval.vl.json');
    writeAtomic(jsonPath, `${JSON.stringify(json, null, 2)}\n`);
    writeAtomic(chartPath, `${JSON.stringify(reportChart(`Sentiment on ${options.labels}`, reports), null, 2)}\n`);
    files.push(jsonPath, chartPath);
  }
  return { text: formatReport(header, reports), json, files };
}
