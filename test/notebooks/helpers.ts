import { readNotebook, sourceText, type Notebook } from '../../pipelines/notebooks-run/notebook-file.ts';

/** Everything the cells printed or displayed, as one text per cell. */
export function cellOutputs(notebook: Notebook): string[] {
  return notebook.cells.map((cell) =>
    (cell.outputs ?? [])
      .map((o) => {
        if (o.output_type === 'stream') return [o.text].flat().join('');
        const data = (o.data ?? {}) as Record<string, string | string[]>;
        return Object.values(data).map((v) => [v].flat().join('')).join('\n');
      })
      .join('\n'),
  );
}

export const readOutputs = (file: string) => cellOutputs(readNotebook(file));
export { readNotebook, sourceText };
