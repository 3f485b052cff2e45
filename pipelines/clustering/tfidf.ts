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

/** Sublinear TF (1 + ln tf) × smoothed IDF (ln((1 + n) / (1 + df)) + 1), each row scaled to unit length. */
export function tfidf(docs: string[][], options: TfidfOptions): Tfidf {
  const df = new Map<string, number>();
  for (const features of docs) for (const feature of new Set(features)) df.set(feature, (df.get(feature) ?? 0) + 1);
  const maxDf = Math.max(options.minDf, Math.floor(options.maxDfShare * docs.length));
  const vocabulary = [...df.entries()]
    .filter(([, count]) => count >= options.minDf && count <= maxDf)
    .map(([feature]) => feature)
    .sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const idf = Float64Array.from(vocabulary, (feature) => Math.log((1 + docs.length) / (1 + df.get(feature)!)) + 1);
  const offsets = new Int32Array(docs.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const counts = new Map<number, number>();
  docs.forEach((features, row) => {
    counts.clear();
    for (const feature of features) {
      const col = index.get(feature);
      if (col !== undefined) counts.set(col, (counts.get(col) ?? 0) + 1);
    }
    const cols = [...counts.keys()].sort((a, b) => a - b);
    let norm = 0;
    const start = values.length;
    for (const col of cols) {
      const weight = (1 + Math.log(counts.get(col)!)) * idf[col];
      indices.push(col);
      values.push(weight);
      norm += weight * weight;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = start; i < values.length; i++) values[i] *= scale;
    offsets[row + 1] = values.length;
  });
  return {
    matrix: { rows: docs.length, cols: vocabulary.length, offsets, indices: Int32Array.from(indices), values: Float32Array.from(values) },
    vocabulary,
    idf,
  };
}

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
