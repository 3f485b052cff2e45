import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../lib/log.ts';
import { MentionFactory } from './mentions.ts';
import { sampleMessages } from './messages.ts';
import { resolveOptions } from './options.ts';
import { FORMAT_SHARE } from './platforms.ts';
import { Rng } from './prng.ts';
import { Sink } from './sink.ts';
import { momentInDay, planTimeline } from './timeline.ts';
import { LIST_LIMIT, TruthBuilder, type Truth } from './truth.ts';
import type { FormatName, SampleOptions } from './types.ts';
import { buildWorld } from './world.ts';
import { BRANDWATCH_FILE, brandwatchWriter } from './writers/brandwatch.ts';
import { GENERIC_FILE, genericCsvWriter } from './writers/generic-csv.ts';
import { MELTWATER_FILE, meltwaterWriter } from './writers/meltwater.ts';
import { REDDIT_FILE, redditWriter } from './writers/reddit.ts';
import { TALKWALKER_FILE, talkwalkerWriter } from './writers/talkwalker.ts';
import type { FormatWriter, WriterContext, WrittenFile } from './writers/writer.ts';
import { X_FILE, xV2Writer } from './writers/x-v2.ts';

export const TRUTH_FILE = 'truth.json';

const WRITERS: Readonly<Record<FormatName, [string, (ctx: WriterContext) => FormatWriter]>> = {
  'generic-csv': [GENERIC_FILE, genericCsvWriter],
  brandwatch: [BRANDWATCH_FILE, brandwatchWriter],
  talkwalker: [TALKWALKER_FILE, talkwalkerWriter],
  meltwater: [MELTWATER_FILE, meltwaterWriter],
  'x-v2': [X_FILE, xV2Writer],
  reddit: [REDDIT_FILE, redditWriter],
};

/** Share of X API tweets that a vendor export also delivers. */
const CROSS_DELIVERY = 0.06;

export interface SampleResult {
  options: SampleOptions;
  files: WrittenFile[];
  truth: Truth;
  seconds: number;
}

export async function generateSample(partial: Partial<SampleOptions>, log: Logger): Promise<SampleResult> {
  const started = performance.now();
  const options = resolveOptions(partial);
  const rng = new Rng(options.seed);
  const world = buildWorld(rng.fork('world'), options.rows);
  const timeline = planTimeline(rng.fork('timeline'), options.rows, options.start, options.days);
  const factory = new MentionFactory(rng.fork('mentions'), world);
  const route = rng.fork('route');
  const truth = new TruthBuilder(options, timeline);
  const shares = Object.fromEntries(options.formats.map((f) => [f, FORMAT_SHARE[f]])) as Record<FormatName, number>;
  const shareTotal = options.formats.reduce((s, f) => s + shares[f], 0);
  const end = timeline.days[timeline.days.length - 1]!.date;
  const writers = new Map<FormatName, FormatWriter>(
    options.formats.map((f) => [
      f,
      WRITERS[f][1]({ out: options.out, rng: rng.fork(f), expectedRows: Math.round((options.rows * shares[f]) / shareTotal), start: options.start, end }),
    ]),
  );
  for (const [format, [file]] of Object.entries(WRITERS)) {
    if (!writers.has(format as FormatName) && existsSync(join(options.out, file))) log.warn(sampleMessages.staleFile(join(options.out, file)));
  }
  if (options.rows > LIST_LIMIT) log.info(sampleMessages.listsOmitted(LIST_LIMIT));
  const echoes = options.formats.filter((f) => f === 'generic-csv' || f === 'brandwatch' || f === 'talkwalker' || f === 'meltwater');
  const sinks = [...writers.values()].map((w) => w.sink);
  const truthSink = new Sink(join(options.out, TRUTH_FILE), 'utf8');
  try {
    await Promise.all([...sinks, truthSink].map((s) => s.open()));
    const progress = log.progress('Generating mentions', options.rows);
    let made = 0;
    for (const day of timeline.days) {
      let forced = day.spikeExtra;
      for (let i = 0; i < day.count; i++) {
        const spike = forced > 0 && route.float() * (day.count - i) < forced;
        if (spike) forced--;
        const at = momentInDay(day.start, i, day.count, route.float());
        const format = route.weighted(shares);
        const m = factory.make(format, at, day, spike);
        truth.add(m, day.index, format);
        const pending = writers.get(format)!.write(m);
        if (pending) await pending;
        if (format === 'x-v2' && echoes.length > 0 && route.chance(CROSS_DELIVERY)) {
          const target = route.pick(echoes);
          truth.duplicate(m, [X_FILE, WRITERS[target][0]]);
          const echoed = writers.get(target)!.write(m);
          if (echoed) await echoed;
        }
        if (++made % 20_000 === 0) progress.update(made);
      }
    }
    progress.done();
    const files: WrittenFile[] = [];
    for (const w of writers.values()) files.push(await w.finish());
    for (const f of files) for (const m of f.reExported) truth.duplicate(m, [f.file, f.file]);
    const result = truth.build(world, factory.received, files);
    truthSink.write(`${JSON.stringify(result, null, 1)}\n`);
    await truthSink.close();
    for (const s of sinks) await s.commit();
    await truthSink.commit();
    const seconds = (performance.now() - started) / 1000;
    log.info(
      sampleMessages.done({
        unique: result.totals.uniqueMentions, duplicates: result.totals.duplicateDeliveries, rejects: result.totals.expectedRejects,
        files: files.length, out: options.out, megabytes: files.reduce((s, f) => s + f.bytes, 0) / 1e6, seconds,
      }),
    );
    return { options, files, truth: result, seconds };
  } catch (error) {
    await Promise.all([...sinks, truthSink].map((s) => s.abort()));
    throw error;
  }
}
