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

export interface Tfidf {
  matrix: SparseMatrix;
  vocabulary: string[];
  idf: Float64Array;
}

/** Features as integer ids, so a million documents do not hold tens of millions of strings. */
export function internFeatures(docs: Iterable<string[]>): { docs: Int32Array[]; terms: string[] } {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const out: Int32Array[] = [];
  for (const features of docs) {
    out.push(Int32Array.from(features, (feature) => {
      let id = ids.get(feature);
      if (id === undefined) {
        ids.set(feature, (id = terms.length));
        terms.push(feature);
      }
      return id;
    }));
  }
  return { docs: out, terms };
}

export function tfidf(docs: string[][], options: TfidfOptions): Tfidf {
  const interned = internFeatures(docs);
  return tfidfIds(interned.docs, interned.terms, options);
}

/** Sublinear TF (1 + ln tf) × smoothed IDF (ln((1 + n) / (1 + df)) + 1), each row scaled to unit length. */
export function tfidfIds(docs: Int32Array[], terms: string[], options: TfidfOptions): Tfidf {
  const df = new Int32Array(terms.length);
  const seen = new Int32Array(terms.length).fill(-1);
  docs.forEach((features, row) => {
    for (const id of features) if (seen[id] !== row) { seen[id] = row; df[id]++; }
  });
  const maxDf = Math.max(options.minDf, Math.floor(options.maxDfShare * docs.length));
  const kept = terms.map((_, id) => id).filter((id) => df[id] >= options.minDf && df[id] <= maxDf);
  kept.sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  const column = new Int32Array(terms.length).fill(-1);
  kept.forEach((id, col) => (column[id] = col));
  const vocabulary = kept.map((id) => terms[id]);
  const idf = Float64Array.from(kept, (id) => Math.log((1 + docs.length) / (1 + df[id])) + 1);
  const offsets = new Int32Array(docs.length + 1);
  let nnz = 0;
  const counts = new Map<number, number>();
  const rowsCols: Int32Array[] = [];
  docs.forEach((features) => {
    counts.clear();
    for (const id of features) if (column[id] >= 0) counts.set(column[id], (counts.get(column[id]) ?? 0) + 1);
    const cols = Int32Array.from(counts.keys()).sort();
    rowsCols.push(cols);
    nnz += cols.length;
  });
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let at = 0;
  docs.forEach((features, row) => {
    counts.clear();
    for (const id of features) if (column[id] >= 0) counts.set(column[id], (counts.get(column[id]) ?? 0) + 1);
    let norm = 0;
    const start = at;
    for (const col of rowsCols[row]) {
      const weight = (1 + Math.log(counts.get(col)!)) * idf[col];
      indices[at] = col;
      values[at++] = weight;
      norm += weight * weight;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = start; i < at; i++) values[i] *= scale;
    offsets[row + 1] = at;
    rowsCols[row] = EMPTY;
  });
  return { matrix: { rows: docs.length, cols: vocabulary.length, offsets, indices, values }, vocabulary, idf };
}

const EMPTY = new Int32Array(0);

/** Dot product of a sparse row with a dense vector. */
export function rowDot(matrix: SparseMatrix, row: number, dense: Float64Array, base = 0): number {
  let sum = 0;
  for (let p = matrix.offsets[row]; p < matrix.offsets[row + 1]; p++) sum += matrix.values[p] * dense[base + matrix.indices[p]];
  return sum;
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
