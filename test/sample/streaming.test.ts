import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipelines/lib/log.ts';
import { generateSample } from '../../pipelines/sample/generate.ts';
import { Sink } from '../../pipelines/sample/sink.ts';

async function peakHeap(rows: number): Promise<{ peak: number; bytes: number; truthRows: number; labels: unknown }> {
  const out = mkdtempSync(join(tmpdir(), 'listen-sample-big-'));
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    const { truth } = await generateSample({ rows, out, formats: ['generic-csv'] }, memoryLogger());
    return { peak, bytes: statSync(join(out, 'generic/mentions.csv')).size, truthRows: truth.files[0]!.rows, labels: truth.labels };
  } finally {
    clearInterval(timer);
  }
}

describe('large samples', () => {
  it('stream to disk: doubling the rows does not grow the heap by anything like the file size', async () => {
    const small = await peakHeap(260_000);
    const large = await peakHeap(620_000);
    expect(large.truthRows).toBe(620_003);
    expect(large.labels).toBeNull();
    expect(large.bytes - small.bytes).toBeGreaterThan(80_000_000);
    expect(large.peak - small.peak).toBeLessThan(60_000_000);
  });

  it('a sink asks the caller to wait once a chunk is full and renames the file only on commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'listen-sink-'));
    const sink = new Sink(join(dir, 'out.txt'), 'utf16le');
    await sink.open();
    let waits = 0;
    for (let i = 0; i < 3000; i++) {
      const pending = sink.write(`${'é'.repeat(999)}\n`);
      if (pending) (waits++, await pending);
    }
    await sink.close();
    expect(() => statSync(join(dir, 'out.txt'))).toThrow();
    await sink.commit();
    expect(waits).toBeGreaterThanOrEqual(5);
    const text = readFileSync(join(dir, 'out.txt')).toString('utf16le');
    expect(text.length).toBe(3_000_000);
    expect(sink.bytes).toBe(6_000_000);
  });
});
