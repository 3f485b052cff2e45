import { afterEach, describe, expect, it, vi } from 'vitest';
import { stderrLogger } from '../../pipelines/lib/log.ts';

describe('progress off a terminal (CI logs, schedules)', () => {
  const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
  afterEach(() => {
    vi.restoreAllMocks();
    if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
    else delete (process.stderr as { isTTY?: boolean }).isTTY;
  });

  it('prints a line per tenth and the last count once', () => {
    Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const progress = stderrLogger().progress('Rendering reports', 5);
    for (let done = 1; done <= 5; done++) progress.update(done);
    progress.done();
    expect(lines).toEqual(['Rendering reports: 1/5\n', 'Rendering reports: 2/5\n', 'Rendering reports: 3/5\n', 'Rendering reports: 4/5\n', 'Rendering reports: 5/5\n']);

    lines.length = 0;
    const partial = stderrLogger().progress('Matching topics (steps)', 100);
    partial.update(50);
    partial.done();
    expect(lines).toEqual(['Matching topics (steps): 50/100\n', 'Matching topics (steps): 100/100\n']);
  });
});
