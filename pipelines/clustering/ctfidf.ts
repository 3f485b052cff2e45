export interface ClassTerms {
  /** Feature → weight, best first. */
  terms: { feature: string; weight: number; count: number }[];
}

/**
 * Class-based TF-IDF as in BERTopic (Grootendorst 2022): a class's documents are joined into one, term
 * frequency is normalized per class, and weighted by log(1 + A / f_t), where A is the mean number of
 * features per class and f_t the feature's frequency over all classes.
 */
export function classTfidf(docs: Int32Array[], terms: string[], classes: Int32Array, classCount: number, top: number, minCount = 2): ClassTerms[] {
  const perClass = Array.from({ length: classCount + 1 }, () => new Map<number, number>());
  const totals = new Float64Array(classCount + 1);
  const overall = new Float64Array(terms.length);
  docs.forEach((features, i) => {
    const c = classes[i] < 0 ? classCount : classes[i];
    for (const feature of features) {
      perClass[c].set(feature, (perClass[c].get(feature) ?? 0) + 1);
      overall[feature]++;
    }
    totals[c] += features.length;
  });
  const average = totals.reduce((a, b) => a + b, 0) / (classCount + 1);
  return perClass.slice(0, classCount).map((counts, c) => {
    const ranked = [...counts.entries()]
      .filter(([, count]) => count >= minCount)
      .map(([id, count]) => ({ feature: terms[id], count, weight: (count / Math.max(1, totals[c])) * Math.log(1 + average / overall[id]) }))
      .sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature))
      .slice(0, top);
    return { terms: ranked };
  });
}
