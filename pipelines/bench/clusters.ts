import { availableParallelism } from 'node:os';
import { DEFAULT_CLUSTER_OPTIONS, clusterTexts } from '../clustering/cluster-mentions.ts';
import { ClusterPool } from '../clustering/cluster-pool.ts';
import { formatCount, type Logger } from '../lib/log.ts';
import { Rng } from '../sample/prng.ts';
import { peakRssMb, type Figure } from './measure.ts';

const THEMES = [
  'order arrived late again', 'courier never showed up', 'charged me twice for one order', 'refund never arrived', 'app crashes at checkout',
  'cold food on arrival', 'delivery fee too high', 'support never answers', 'wrong items in the bag', 'promo code rejected',
  'siparişim çok gecikti', 'kartımdan iki kez çekim', 'uygulama ödeme ekranında çöküyor', 'me cobró dos veces', 'la app se cierra al pagar',
  'doppelt abgebucht', 'stürzt beim bezahlen ab', 'kétszer vonták le', 'összeomlik fizetéskor', 'lieferung kam zu spät',
];

/** Synthetic negative mentions: a complaint phrase, filler words from a large vocabulary, numbers and a handle. */
export function syntheticComplaints(rows: number, seed = 1): { text: string; lang: string }[] {
  const rng = new Rng(seed);
  const filler = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
  return Array.from({ length: rows }, () => {
    const theme = THEMES[Math.floor(rng.float() * THEMES.length)];
    const words = Array.from({ length: 4 + Math.floor(rng.float() * 8) }, () => filler[Math.floor(rng.float() ** 2 * filler.length)]);
    return { text: `@user${Math.floor(rng.float() * 999)} ${theme} ${words.join(' ')} ${Math.floor(rng.float() * 90)} minutes https://t.co/x`, lang: 'en' };
  });
}

/** Clusters `rows` synthetic negative mentions with the stage's defaults and threads: seconds (thread start-up included) and peak RSS. */
export async function benchClusters({ rows, log }: { rows: number; log: Logger }): Promise<Figure[]> {
  const texts = syntheticComplaints(rows);
  const threads = availableParallelism();
  log.info(`Clustering ${formatCount(rows)} synthetic negative mentions on ${threads} thread(s)…`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const pool = threads > 1 ? await new ClusterPool(threads).start() : null;
  const result = await clusterTexts(texts, new Set(['pakkit']), DEFAULT_CLUSTER_OPTIONS, pool).finally(() => pool?.close());
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  log.info(`  k = ${result.k}, ${result.clusters.length} theme(s), ${formatCount(result.misc.length)} in the miscellaneous bucket, ${seconds.toFixed(1)} s, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU over all threads`);
  const target = rows >= 1_000_000 ? '≤ 90 s' : rows >= 100_000 ? '≤ 10 s' : undefined;
  return [
    { name: `root-cause clustering, ${formatCount(rows)} mentions`, value: Math.round(seconds * 100) / 100, unit: 's', target },
    { name: `root-cause clustering peak RSS, ${formatCount(rows)} mentions`, value: Math.round(peakRssMb()), unit: 'MB', target: '≤ 3,072 MB' },
  ];
}
