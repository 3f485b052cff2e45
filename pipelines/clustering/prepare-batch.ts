import { prepareStems } from './prepare-text.ts';

/** A batch of documents' stems as ids local to the batch; `stems[id]` is the text of a local id. */
export interface PreparedBatch {
  offsets: Int32Array;
  ids: Int32Array;
  stems: string[];
}

/**
 * Stems of a batch of texts, interned within the batch. The same function runs in the main thread and in
 * worker threads, and batches are merged in order, so feature ids do not depend on where a batch ran.
 */
export function prepareBatch(texts: readonly string[], langs: readonly string[], dropWords: Set<string>): PreparedBatch {
  const index = new Map<string, number>();
  const stems: string[] = [];
  const offsets = new Int32Array(texts.length + 1);
  const ids: number[] = [];
  texts.forEach((text, i) => {
    for (const stem of prepareStems(text, langs[i], dropWords).stems) {
      let id = index.get(stem);
      if (id === undefined) {
        index.set(stem, (id = stems.length));
        stems.push(stem);
      }
      ids.push(id);
    }
    offsets[i + 1] = ids.length;
  });
  return { offsets, ids: Int32Array.from(ids), stems };
}
