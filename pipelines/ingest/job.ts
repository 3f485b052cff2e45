/** One file being loaded, with the lineage every row will carry. */
export interface FileJob {
  fileId: string;
  /** Absolute path, for DuckDB's readers. */
  path: string;
  /** Path relative to the workspace root, as recorded in lineage. */
  relPath: string;
  batchId: string;
  /** ISO timestamp of the run. */
  now: string;
}

export interface LoadCounts {
  read: number;
  loaded: number;
  rejected: number;
}
