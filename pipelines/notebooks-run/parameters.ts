import { CliError } from '../lib/errors.ts';
import { sourceText, type Cell, type Notebook } from './notebook-file.ts';

export const PARAMETERS_TAG = 'parameters';
export const INJECTED_TAG = 'injected-parameters';

export interface Declaration {
  keyword: 'const' | 'let' | 'var';
  name: string;
  type?: string;
  defaultValue: string;
}

const DECLARATION = /^\s*(const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*([^=]+?))?\s*=\s*(.+?)\s*;?\s*(?:\/\/.*)?$/;

/** The `name = literal` declarations of the cell tagged `parameters`, as papermill reads a parameters cell. */
export function declaredParameters(cell: Cell): Declaration[] {
  return sourceText(cell)
    .split('\n')
    .map((line) => DECLARATION.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ keyword: m[1] as Declaration['keyword'], name: m[2], type: m[3]?.trim(), defaultValue: m[4] }));
}

/** A command-line value as the literal the declaration's default has: numbers and booleans stay typed, the rest are JSON strings. */
function literalFor(declaration: Declaration, value: string, notebook: string): string {
  if (/^-?\d/.test(declaration.defaultValue)) {
    const number = Number(value);
    if (!Number.isFinite(number)) throw new CliError(`--param ${declaration.name}=${value}: ${notebook} expects a number.`, 2);
    return JSON.stringify(number);
  }
  if (/^(true|false)$/.test(declaration.defaultValue)) {
    if (!/^(true|false)$/.test(value)) throw new CliError(`--param ${declaration.name}=${value}: ${notebook} expects true or false.`, 2);
    return value;
  }
  return JSON.stringify(value);
}

/** Adds a cell tagged `injected-parameters` after the `parameters` cell that redeclares each given parameter. */
export function injectParameters(notebook: Notebook, params: Array<[string, string]>, name: string): Notebook {
  if (params.length === 0) return notebook;
  const index = notebook.cells.findIndex((cell) => cell.metadata.tags?.includes(PARAMETERS_TAG));
  if (index < 0) throw new CliError(`${name} has no cell tagged "${PARAMETERS_TAG}", so it takes no --param. Tag the cell that declares its parameters.`, 2);
  const declared = new Map(declaredParameters(notebook.cells[index]).map((d) => [d.name, d]));
  const lines = params.map(([key, value]) => {
    const declaration = declared.get(key);
    if (!declaration) {
      throw new CliError(`--param ${key}: ${name} has no parameter ${key}; its parameters are ${[...declared.keys()].join(', ') || 'none'}.`, 2);
    }
    const type = declaration.type ? `: ${declaration.type}` : '';
    return `${declaration.keyword} ${key}${type} = ${literalFor(declaration, value, name)};`;
  });
  const injected: Cell = {
    cell_type: 'code',
    id: 'injected-parameters',
    metadata: { tags: [INJECTED_TAG] },
    source: ['// Parameters injected by listen notebook run', ...lines].join('\n'),
    outputs: [],
    execution_count: null,
  };
  return { ...notebook, cells: [...notebook.cells.slice(0, index + 1), injected, ...notebook.cells.slice(index + 1)] };
}
