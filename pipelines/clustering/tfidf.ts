import { internFeatures, type FeatureTable } from './feature-table.ts';
import { sharedFloat32, sharedInt32 } from './shared-arrays.ts';

export type { FeatureTable };

/** Documents as L2-normalized TF-IDF rows in compressed sparse row form. */
export interface SparseMatrix {
  rows: number;
  /** Vocabulary size. */
  cols: number;
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export interface TfidfOptions {
  /** Least documents a feature must occur in. */
  minDf: number;
  /** Features in more than this share of documents say nothing about a theme. */
  maxDfShare: number;
}

/** Labels of each document that words do not carry (the configured topics it matched), and their share of the row's squared norm. */
export interface RowTags {
  tags: readonly (readonly string[] | null | undefined)[];
  weight: number;
}

/** Vocabulary entry of a tag: a colon never occurs in a word feature. */
export const tagFeature = (tag: string) => `topic:${tag}`;

export interface Tfidf {
  matrix: SparseMatrix;
  vocabulary: string[];
  idf: Float64Array;
}

export const documentCount = (table: FeatureTable) => table.offsets.length - 1;

export function tfidf(docs: string[][], options: TfidfOptions): Tfidf {
  return tfidfIds(internFeatures(docs), options);
}

/** Sorts `values[from…to)` in place (insertion sort: rows hold tens of features). */
function sortRange(values: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= from && values[j] > v) values[j + 1] = values[j--];
    values[j + 1] = v;
  }
}

/**
 * Sublinear TF (1 + ln tf) × smoothed IDF (ln((1 + n) / (1 + df)) + 1), each row scaled to unit length.
 * With `shared`, the matrix lives in SharedArrayBuffers that worker threads can read without a copy.
 */
export function tfidfIds(table: FeatureTable, options: TfidfOptions, shared = false, rowTags?: RowTags): Tfidf {
  const { offsets: docOffsets, ids, termCount } = table;
  const n = documentCount(table);
  const df = new Int32Array(termCount);
  const seen = new Int32Array(termCount).fill(-1);
  for (let d = 0; d < n; d++) for (let p = docOffsets[d]; p < docOffsets[d + 1]; p++) if (seen[ids[p]] !== d) { seen[ids[p]] = d; df[ids[p]]++; }
  const maxDf = Math.max(options.minDf, Math.floor(options.maxDfShare * n));
  // Columns in order of first occurrence, which is deterministic for the same input.
  const kept: number[] = [];
  for (let id = 0; id < termCount; id++) if (df[id] >= options.minDf && df[id] <= maxDf) kept.push(id);
  const column = seen.fill(-1);
  kept.forEach((id, col) => (column[id] = col));
  const vocabulary = kept.map((id) => table.term(id));
  const idf = Float64Array.from(kept, (id) => Math.log((1 + n) / (1 + df[id])) + 1);
  const tags = rowTags && rowTags.weight > 0 ? [...new Set(rowTags.tags.flatMap((list) => list ?? []))].sort() : [];
  const tagColumn = new Map(tags.map((tag, i) => [tag, vocabulary.length + i]));
  vocabulary.push(...tags.map(tagFeature));
  const rowTagColumns = (d: number) => [...new Set(rowTags?.tags[d] ?? [])].map((tag) => tagColumn.get(tag)!).sort((a, b) => a - b);
  // Each row's kept columns, sorted in place, so repeats sit together and the row's nonzeros are the distinct runs.
  const cols = new Int32Array(ids.length);
  let nnz = 0;
  let at = 0;
  const rowEnd = new Int32Array(n);
  for (let d = 0; d < n; d++) {
    const start = at;
    for (let p = docOffsets[d]; p < docOffsets[d + 1]; p++) if (column[ids[p]] >= 0) cols[at++] = column[ids[p]];
    sortRange(cols, start, at);
    rowEnd[d] = at;
    for (let p = start; p < at; p++) if (p === start || cols[p] !== cols[p - 1]) nnz++;
    if (tags.length) nnz += new Set(rowTags!.tags[d] ?? []).size;
  }
  const offsets = shared ? sharedInt32(n + 1) : new Int32Array(n + 1);
  const indices = shared ? sharedInt32(nnz) : new Int32Array(nnz);
  const values = shared ? sharedFloat32(nnz) : new Float32Array(nnz);
  let out = 0;
  for (let d = 0, start = 0; d < n; start = rowEnd[d++]) {
    const rowStart = out;
    let norm = 0;
    for (let p = start; p < rowEnd[d];) {
      let q = p + 1;
      while (q < rowEnd[d] && cols[q] === cols[p]) q++;
      const weight = (1 + Math.log(q - p)) * idf[cols[p]];
      indices[out] = cols[p];
      values[out++] = weight;
      norm += weight * weight;
      p = q;
    }
    const own = tags.length ? rowTagColumns(d) : [];
    // Words keep 1 − w of the squared norm and tags w, so row cosines blend word and tag agreement.
    const wordShare = own.length && norm > 0 ? Math.sqrt(1 - rowTags!.weight) : 1;
    const tagValue = own.length ? Math.sqrt((norm > 0 ? rowTags!.weight : 1) / own.length) : 0;
    const scale = norm > 0 ? wordShare / Math.sqrt(norm) : 0;
    for (let i = rowStart; i < out; i++) values[i] *= scale;
    for (const col of own) {
      indices[out] = col;
      values[out++] = tagValue;
    }
    offsets[d + 1] = out;
  }
  return { matrix: { rows: n, cols: vocabulary.length, offsets, indices, values }, vocabulary, idf };
}

export const rowIsEmpty = (matrix: SparseMatrix, row: number) => matrix.offsets[row] === matrix.offsets[row + 1];

/** The given rows with only the columns they use, renumbered; `columns[local]` is the original column. */
export function subMatrix(matrix: SparseMatrix, rows: Int32Array): { matrix: SparseMatrix; columns: Int32Array } {
  const local = new Map<number, number>();
  const columns: number[] = [];
  const offsets = new Int32Array(rows.length + 1);
  let nnz = 0;
  rows.forEach((row, i) => {
    nnz += matrix.offsets[row + 1] - matrix.offsets[row];
    offsets[i + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let at = 0;
  for (const row of rows) {
    for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) {
      let col = local.get(matrix.indices[p]);
      if (col === undefined) {
        local.set(matrix.indices[p], (col = columns.length));
        columns.push(matrix.indices[p]);
      }
      indices[at] = col;
      values[at++] = matrix.values[p];
    }
  }
  return { matrix: { rows: rows.length, cols: columns.length, offsets, indices, values }, columns: Int32Array.from(columns) };
}
