import type { Stage } from './lib/stage.ts';
import { checksStage } from './stages/checks.ts';
import { influenceStage } from './stages/influence.ts';
import { ingestStage } from './stages/ingest.ts';
import { martsStage } from './stages/marts.ts';
import { noiseStage } from './stages/noise.ts';
import { rootCausesStage } from './stages/root-causes.ts';
import { sentimentStage } from './stages/sentiment.ts';
import { stagingStage } from './stages/staging.ts';
import { topicsStage } from './stages/topics.ts';
import { trendsStage } from './stages/trends.ts';

/** The main job, in order. Each stage reads only what the schema or an earlier stage provides. */
export const PIPELINE: Stage<any>[] = [ingestStage, stagingStage, sentimentStage, topicsStage, noiseStage, martsStage, influenceStage, trendsStage, rootCausesStage, checksStage];
