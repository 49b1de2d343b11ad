/** Merges validated fragments into one dataset, remembering where each entity came from. */
import { own } from './own.js';
import type { ParsedFile } from './parse.js';
import type { Problem } from './problems.js';
import type { Cell, Dataset, Fragment } from './schema.js';

export interface Origin {
  file: ParsedFile;
  path: (string | number)[];
}

/**
 * Where entities were defined, keyed `kind:id` (e.g. `source:dbx-mlflow`,
 * `cells:databricks/managed-mlflow`). List items are recorded as they merge;
 * cells (hundreds of thousands in a large dataset) are found only when a
 * problem needs their location.
 */
export class Origins {
  private readonly known = new Map<string, Origin>();
  constructor(private readonly parts: readonly { file: ParsedFile; fragment: Fragment }[]) {}

  set(key: string, origin: Origin): void {
    this.known.set(key, origin);
  }

  get(key: string): Origin | undefined {
    const found = this.known.get(key);
    if (found) return found;
    const cell = /^(cells|compute):([^/]+)\/(.+)$/.exec(key);
    if (!cell) return undefined;
    const [, table, vendor, row] = cell as unknown as [string, 'cells' | 'compute', string, string];
    for (const { file, fragment } of this.parts) {
      if (own(own(fragment[table], vendor), row)) return { file, path: [table, vendor, row] };
    }
    return undefined;
  }
}

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
  const origins = new Origins(parts);
  const owned = new Set<string>();
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
        const existing = own(out[table], vendor);
        if (existing === undefined) {
          // The common case: one file holds a vendor's whole row; take it as it is.
          out[table][vendor] = row as Record<string, Cell>;
          continue;
        }
        // A second file adds to the row: copy it once, so no fragment's own data changes.
        const ownKey = `${table}/${vendor}`;
        const target = owned.has(ownKey) ? existing : { ...existing };
        owned.add(ownKey);
        out[table][vendor] = target;
        for (const [key, cell] of Object.entries(row as Record<string, Cell>)) {
          if (!Object.hasOwn(target, key)) {
            target[key] = cell;
            continue;
          }
          const first = origins.get(`${table}:${vendor}/${key}`);
          const at = first ? first.file.where(first.path, true) : undefined;
          problems.push(
            problemAt(
              { file, path: [table, vendor, key] },
              `duplicate ${table === 'cells' ? 'cell' : 'compute cell'} ${vendor}/${key}; it is already defined${first && at ? ` at ${first.file.name}:${at.line}:${at.column}` : ''}`,
              'each vendor has one cell per row',
              true,
            ),
          );
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
