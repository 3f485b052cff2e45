import { PairTable } from './pair-table.ts';

/** Every document's features as integer ids in one flat array: document d is `ids[offsets[d]…offsets[d+1])`. */
export interface FeatureTable {
  offsets: Int32Array;
  ids: Int32Array;
  termCount: number;
  /** The feature an id stands for: a stem, or two stems joined by a space. */
  term(id: number): string;
}

class IntBuffer {
  data = new Int32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Stems → ids, adjacent pairs → bigram ids keyed by the two numbers: no bigram string is made while a
 * million documents are read (only `term()` builds one), and a stem is hashed once per document.
 */
export class FeatureInterner {
  private readonly stemIds = new Map<string, number>();
  private readonly pairIds = new PairTable();
  /** For a bigram id, its two stem ids; −1 in `left` for a stem id, whose text is `stemText`. */
  private readonly left = new IntBuffer();
  private readonly right = new IntBuffer();
  private readonly stemText: (string | undefined)[] = [];
  private readonly ids = new IntBuffer();
  private readonly offsets = new IntBuffer();
  /** Stems of each document, which come before its bigrams in `ids`. */
  private readonly stemCounts = new IntBuffer();
  private readonly doc: number[] = [];

  constructor(private readonly bigrams: boolean) {
    this.offsets.push(0);
  }

  private stemId(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      this.stemIds.set(stem, (id = this.left.length));
      this.left.push(-1);
      this.right.push(-1);
      this.stemText[id] = stem;
    }
    return id;
  }

  private readonly newPair = () => {
    this.left.push(this.pairLeft);
    this.right.push(this.pairRight);
    return this.left.length - 1;
  };
  private pairLeft = 0;
  private pairRight = 0;

  /** One document from its stems in text order: the stems, then each adjacent pair of different stems. */
  add(stems: readonly string[]): void {
    this.doc.length = 0;
    for (const stem of stems) this.doc.push(this.stemId(stem));
    this.addStemIds(this.doc);
  }

  /** One document from stem ids already interned here (see `internStems`). */
  addStemIds(doc: ArrayLike<number>): void {
    this.stemCounts.push(doc.length);
    for (let i = 0; i < doc.length; i++) this.ids.push(doc[i]);
    if (this.bigrams) {
      for (let i = 1; i < doc.length; i++) {
        if (doc[i - 1] === doc[i]) continue;
        this.pairLeft = doc[i - 1];
        this.pairRight = doc[i];
        this.ids.push(this.pairIds.get(doc[i - 1], doc[i], this.newPair));
      }
    }
    this.offsets.push(this.ids.length);
  }

  /** One more document with the same stems as document `d` (a repeated text). */
  addCopyOf(d: number): void {
    const from = this.offsets.data[d];
    this.doc.length = 0;
    for (let p = from; p < from + this.stemCounts.data[d]; p++) this.doc.push(this.ids.data[p]);
    this.addStemIds(this.doc);
  }

  /** Ids here of stems interned elsewhere (a worker thread's chunk), by their text. */
  internStems(stems: readonly string[]): Int32Array {
    return Int32Array.from(stems, (stem) => this.stemId(stem));
  }

  table(): FeatureTable {
    const { stemText } = this;
    const left = this.left.done();
    const right = this.right.done();
    return {
      offsets: this.offsets.done(),
      ids: this.ids.done(),
      termCount: left.length,
      term: (id) => (left[id] < 0 ? stemText[id]! : `${stemText[left[id]]} ${stemText[right[id]]}`),
    };
  }
}

/** The given documents of a table, in that order, with the same feature ids (a language's share of a brand's mentions). */
export function tableRows(table: FeatureTable, rows: ArrayLike<number>): FeatureTable {
  const offsets = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i] + table.offsets[rows[i] + 1] - table.offsets[rows[i]];
  const ids = new Int32Array(offsets[rows.length]);
  for (let i = 0; i < rows.length; i++) ids.set(table.ids.subarray(table.offsets[rows[i]], table.offsets[rows[i] + 1]), offsets[i]);
  return { offsets, ids, termCount: table.termCount, term: table.term };
}

/** Features given as strings (any n-grams) as a table. */
export function internFeatures(docs: Iterable<readonly string[]>): FeatureTable {
  const index = new Map<string, number>();
  const terms: string[] = [];
  const ids = new IntBuffer();
  const offsets = new IntBuffer();
  offsets.push(0);
  for (const features of docs) {
    for (const feature of features) {
      let id = index.get(feature);
      if (id === undefined) {
        index.set(feature, (id = terms.length));
        terms.push(feature);
      }
      ids.push(id);
    }
    offsets.push(ids.length);
  }
  return { offsets: offsets.done(), ids: ids.done(), termCount: terms.length, term: (id) => terms[id] };
}
