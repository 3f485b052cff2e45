import { describe, expect, it } from 'vitest';
import { FeatureInterner } from '../../pipelines/clustering/feature-table.ts';
import { PairTable } from '../../pipelines/clustering/pair-table.ts';
import { prepareStems, prepareText } from '../../pipelines/clustering/prepare-text.ts';
import { TopEntries } from '../../pipelines/clustering/top-entries.ts';

describe('feature ids', () => {
  it('give each document exactly the features prepareText gives, stems then bigrams, without bigram strings', () => {
    const texts = [
      ['The courier was late late again, order 12 still waiting', 'en'],
      ['kurye yine geç kaldı, siparişim gecikti', 'tr'],
      ['doppelt abgebucht, doppelt bezahlt', 'de'],
      ['', 'en'],
      ['late again and again late', 'en'],
    ];
    const interner = new FeatureInterner(true);
    for (const [text, lang] of texts) interner.add(prepareStems(text, lang, new Set()).stems);
    const table = interner.table();
    texts.forEach(([text, lang], d) => {
      const ids = Array.from(table.ids.subarray(table.offsets[d], table.offsets[d + 1]));
      expect(ids.map(table.term), text).toEqual(prepareText(text, lang, { dropWords: new Set(), bigrams: true }).features);
    });
    // The same pair gets the same id wherever it occurs.
    const lateAgain = [...table.ids].filter((id) => table.term(id) === 'late again');
    expect(new Set(lateAgain).size).toBe(1);
    expect(lateAgain.length).toBe(2);
  });

  it('keeps pair ids through the hash table growing', () => {
    const pairs = new PairTable(4);
    let next = 0;
    const ids = Array.from({ length: 5_000 }, (_, i) => pairs.get(i % 97, Math.floor(i / 97), () => next++));
    expect(next).toBe(5_000);
    expect(Array.from({ length: 5_000 }, (_, i) => pairs.get(i % 97, Math.floor(i / 97), () => -1))).toEqual(ids);
  });

  it('keeps the best entries by weight, ties by name', () => {
    const names = ['d', 'c', 'b', 'a', 'e'];
    const top = new TopEntries(3, (id) => names[id]);
    [[0, 0.5], [1, 0.9], [2, 0.5], [3, 0.1], [4, 0.7]].forEach(([id, w]) => top.offer(id, w));
    expect(top.ids.map((id) => names[id])).toEqual(['c', 'e', 'b']);
  });
});
