import type { FeatureTable } from './feature-table.ts';
import { TopEntries } from './top-entries.ts';

export interface ClassTerms {
  /** Feature → weight, best first. */
  terms: { id: number; feature: string; weight: number; count: number }[];
}

/**
 * Class-based TF-IDF as in BERTopic (Grootendorst 2022): a class's documents are joined into one, term
 * frequency is normalized per class, and weighted by log(1 + A / f_t), where A is the mean number of
 * features per class and f_t the feature's frequency over all classes. Rows of class −1 (miscellaneous)
 * form one more class that counts in A and f_t.
 */
export function classTfidf(table: FeatureTable, classes: Int32Array, classCount: number, top: number, minCount = 2): ClassTerms[] {
  const { offsets, ids } = table;
  const overall = new Int32Array(table.termCount);
  const totals = new Float64Array(classCount + 1);
  for (let d = 0; d < classes.length; d++) {
    for (let p = offsets[d]; p < offsets[d + 1]; p++) overall[ids[p]]++;
    totals[classes[d] < 0 ? classCount : classes[d]] += offsets[d + 1] - offsets[d];
  }
  const average = totals.reduce((a, b) => a + b, 0) / (classCount + 1);
  // Each class's feature ids gathered and sorted, so a count is the length of a run: no per-class map of a vocabulary.
  const start = new Int32Array(classCount + 1);
  for (let c = 0; c < classCount; c++) start[c + 1] = start[c] + totals[c];
  const gathered = new Int32Array(start[classCount]);
  const fill = start.slice(0, classCount);
  for (let d = 0; d < classes.length; d++) {
    const c = classes[d];
    if (c < 0) continue;
    for (let p = offsets[d]; p < offsets[d + 1]; p++) gathered[fill[c]++] = ids[p];
  }
  return Array.from({ length: classCount }, (_, c) => {
    const own = gathered.subarray(start[c], start[c + 1]).sort();
    const best = new TopEntries(top, table.term);
    const counts = new Map<number, number>();
    for (let p = 0; p < own.length;) {
      let q = p + 1;
      while (q < own.length && own[q] === own[p]) q++;
      if (q - p >= minCount) {
        best.offer(own[p], ((q - p) / Math.max(1, totals[c])) * Math.log(1 + average / overall[own[p]]));
        counts.set(own[p], q - p);
      }
      p = q;
    }
    return { terms: best.ids.map((id, i) => ({ id, feature: table.term(id), weight: best.weights[i], count: counts.get(id)! })) };
  });
}
