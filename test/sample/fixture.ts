import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { generateSample, type SampleResult } from '../../pipelines/sample/generate.ts';
import type { SampleOptions } from '../../pipelines/sample/types.ts';

export async function generated(options: Partial<SampleOptions> = {}): Promise<SampleResult & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'listen-sample-'));
  const result = await generateSample({ ...options, out: dir }, memoryLogger());
  return { ...result, dir };
}
