/** Merges validated fragments into one dataset, remembering where each entity came from. */
import type { ParsedFile } from './parse.js';
import type { Problem } from './problems.js';
import type { Cell, Dataset, Fragment } from './schema.js';

export interface Origin {
  file: ParsedFile;
  path: (string | number)[];
}

/** Origins keyed `kind:id` (e.g. `source:dbx-mlflow`, `cell:databricks/managed-mlflow`). */
export type Origins = Map<string, Origin>;

const LISTS = ['vendors', 'categories', 'features', 'accelerators', 'deals', 'market', 'trends', 'sources'] as const;
const KIND: Record<(typeof LISTS)[number], string> = {
  vendors: 'vendor',
  categories: 'category',
  features: 'feature',
  accelerators: 'accelerator',
  deals: 'deal',
  market: 'market figure',
  trends: 'trend',
  sources: 'source',
};

export function problemAt(origin: Origin, message: string, hint?: string, atKey = false): Problem {
  const { line, column } = origin.file.where(origin.path, atKey);
  return { severity: 'error', file: origin.file.name, line, column, field: dotted(origin.path), message, hint };
}

export function dotted(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${s}`)).join('');
}

export function merge(parts: { file: ParsedFile; fragment: Fragment }[]): {
  dataset: Dataset;
  origins: Origins;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const origins: Origins = new Map();
  const out: Dataset = {
    name: '',
    asOf: '',
    vendors: [],
    categories: [],
    features: [],
    cells: {},
    accelerators: [],
    compute: {},
    deals: [],
    market: [],
    trends: [],
    sources: [],
  };
  let header: Origin | undefined;

  const place = (key: string, origin: Origin, what: string, idField: (string | number)[]) => {
    const first = origins.get(key);
    if (first) {
      const at = first.file.where([...first.path, ...idField], idField.length === 0);
      problems.push(
        problemAt(
          { file: origin.file, path: [...origin.path, ...idField] },
          `duplicate ${what}; it is already defined at ${first.file.name}:${at.line}:${at.column}`,
          'ids must be unique across the dataset',
          idField.length === 0,
        ),
      );
      return false;
    }
    origins.set(key, origin);
    return true;
  };

  for (const { file, fragment } of parts) {
    if (fragment.dataset) {
      const origin = { file, path: ['dataset'] };
      if (header) {
        const at = header.file.where(header.path);
        problems.push(
          problemAt(
            origin,
            `a second \`dataset\` section; the first is at ${header.file.name}:${at.line}:${at.column}`,
            'keep one',
          ),
        );
      } else {
        header = origin;
        out.name = fragment.dataset.name;
        out.version = fragment.dataset.version;
        out.asOf = fragment.dataset.asOf;
        out.vendorOrder = fragment.dataset.vendorOrder;
      }
    }
    for (const list of LISTS) {
      const items = fragment[list] ?? [];
      items.forEach((item, index) => {
        const origin = { file, path: [list, index] };
        if (place(`${KIND[list]}:${item.id}`, origin, `${KIND[list]} id "${item.id}"`, ['id'])) {
          (out[list] as { id: string }[]).push(item);
        }
      });
    }
    for (const table of ['cells', 'compute'] as const) {
      for (const [vendor, row] of Object.entries(fragment[table] ?? {})) {
        out[table][vendor] ??= {};
        const target = out[table][vendor];
        for (const [key, cell] of Object.entries(row as Record<string, Cell>)) {
          const origin = { file, path: [table, vendor, key] };
          if (
            place(
              `${table}:${vendor}/${key}`,
              origin,
              `${table === 'cells' ? 'cell' : 'compute cell'} ${vendor}/${key}`,
              [],
            )
          ) {
            target[key] = cell;
          }
        }
      }
    }
  }
  if (!header) {
    const first = parts[0]?.file;
    problems.push({
      severity: 'error',
      file: first?.name ?? '(dataset)',
      message: 'no `dataset:` section with `name` and `asOf`',
      hint: 'add `dataset: {name: ..., asOf: YYYY-MM-DD}` to one file',
    });
  } else {
    origins.set('dataset', header);
  }
  return { dataset: out, origins, problems };
}
