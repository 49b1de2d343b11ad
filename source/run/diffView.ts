/** Turns a dataset diff into something every printer can draw: a grouped table and the documented JSON. */
import type { Added, CellChange, DatasetDiff } from '../model/diff.js';
import { countChanges } from '../model/diff.js';
import type { Printable } from '../print/types.js';
import type { TableCell, TableColumn, TableRow } from '../views/types.js';

export interface DiffSide {
  path: string;
  name: string;
  asOf: string;
}

/** Groups of the diff table: id, heading, and the nouns the summary uses. */
const SECTIONS = [
  ['dataset', 'Dataset', 'field', 'fields'],
  ['vendors', 'Vendors', 'vendor', 'vendors'],
  ['categories', 'Categories', 'category', 'categories'],
  ['features', 'Features', 'feature', 'features'],
  ['accelerators', 'Accelerators', 'accelerator', 'accelerators'],
  ['cells', 'Feature cells', 'cell', 'cells'],
  ['compute', 'Compute cells', 'cell', 'cells'],
  ['deals', 'Deals', 'deal', 'deals'],
  ['market', 'Market figures', 'market figure', 'market figures'],
  ['trends', 'Trends', 'trend', 'trends'],
  ['sources', 'Sources', 'source', 'sources'],
] as const;

const COLUMNS: TableColumn[] = [
  { id: 'change', title: 'Change', minWidth: 7, maxWidth: 7 },
  { id: 'item', title: 'Item', minWidth: 16, maxWidth: 44 },
  { id: 'vendor', title: 'Vendor', minWidth: 8, maxWidth: 24 },
  { id: 'from', title: 'From', status: true, minWidth: 9, maxWidth: 40 },
  { id: 'to', title: 'To', status: true, minWidth: 9, maxWidth: 40 },
  { id: 'detail', title: 'Detail', minWidth: 10, maxWidth: 60 },
];

const text = (t: string): TableCell => ({ text: t });
const show = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** What an added or removed list shows: its items' ids. */
const listed = (v: unknown): string => (Array.isArray(v) ? v.map(show).join(', ') : show(v));

function entityRows<T extends { id: string }>(group: string, section: Added<T>, label: (x: T) => string): TableRow[] {
  const row = (change: string, x: T, detail = '', from = '', to = '', suffix = ''): TableRow => ({
    id: `${group}:${x.id}${suffix}`,
    group,
    cells: [text(change), text(`${label(x)} (${x.id})`), text(''), text(from), text(to), text(detail)],
  });
  return [
    ...section.added.map((x) => row('added', x)),
    ...section.removed.map((x) => row('removed', x)),
    // One row for each field that changed, old value to new (a renamed category shows both names).
    ...section.changed.flatMap((x) =>
      x.changes.map((c) => row('changed', x, c.field, listed(c.from), listed(c.to), `:${c.field}`)),
    ),
  ];
}

/** Sources taken away and added, as `−a +b`. */
function sourcesDelta(from: readonly string[], to: readonly string[], ascii: boolean): string {
  const gone = from.filter((s) => !to.includes(s)).map((s) => `${ascii ? '-' : '−'}${s}`);
  const added = to.filter((s) => !from.includes(s)).map((s) => `+${s}`);
  return [...gone, ...added].join(' ') || 'reordered';
}

/** A changed cell: its status (old → new) on the first row, then a row for each other part that changed, old → new. */
function cellRows(c: CellChange, ascii: boolean): TableRow[] {
  const group = c.matrix === 'features' ? 'cells' : 'compute';
  const id = `${group}:${c.id}/${c.vendor}`;
  const item = text(`${c.name} (${c.id})`);
  const rows: TableRow[] = [
    {
      id,
      group,
      cells: [
        text('changed'),
        item,
        text(c.vendorName),
        { text: c.from, status: c.from },
        { text: c.to, status: c.to },
        text(c.from !== c.to ? 'status' : 'status unchanged'),
      ],
    },
  ];
  const part = (field: string, from: string, to: string, detail = field): TableRow => ({
    id: `${id}:${field}`,
    group,
    cells: [text('changed'), item, text(c.vendorName), text(from), text(to), text(detail)],
  });
  if (c.fields.includes('note')) rows.push(part('note', c.note.from, c.note.to));
  if (c.fields.includes('sources'))
    rows.push(
      part(
        'sources',
        c.sources.from.join(', '),
        c.sources.to.join(', '),
        `sources ${sourcesDelta(c.sources.from, c.sources.to, ascii)}`,
      ),
    );
  for (const f of c.fields.filter((f) => f !== 'status' && f !== 'note' && f !== 'sources'))
    rows.push(part(f, '', '', `${f} changed`));
  return rows;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(d: DatasetDiff): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string, what: string) => {
    if (n > 0) parts.push(`${count(n, one, many)} ${what}`);
  };
  add(d.dataset.length, 'dataset field', 'dataset fields', 'changed');
  for (const [key, , one, many] of SECTIONS) {
    if (key === 'dataset' || key === 'cells' || key === 'compute') continue;
    const s = d[key];
    add(s.added.length, one, many, 'added');
    add(s.removed.length, one, many, 'removed');
    add(s.changed.length, one, many, 'edited');
  }
  const statuses = d.cells.filter((c) => c.from !== c.to).length;
  add(statuses, 'cell status', 'cell statuses', 'changed');
  add(d.cells.length - statuses, 'cell', 'cells', 'edited without a status change');
  return `${count(countChanges(d), 'change', 'changes')}: ${parts.join('; ')}.`;
}

export function diffPrintable(d: DatasetDiff, old: DiffSide, now: DiffSide, ascii = false): Printable {
  const rows: TableRow[] = [
    ...d.dataset.map((f) => ({
      id: `dataset:${f.field}`,
      group: 'dataset',
      cells: [text('changed'), text(f.field), text(''), text(show(f.from)), text(show(f.to)), text('')],
    })),
    ...entityRows('vendors', d.vendors, (x) => x.name),
    ...entityRows('categories', d.categories, (x) => x.name),
    ...entityRows('features', d.features, (x) => x.feature),
    ...entityRows('accelerators', d.accelerators, (x) => x.accelerator),
    ...d.cells.filter((c) => c.matrix === 'features').flatMap((c) => cellRows(c, ascii)),
    ...d.cells.filter((c) => c.matrix === 'compute').flatMap((c) => cellRows(c, ascii)),
    ...entityRows('deals', d.deals, (x) => x.label),
    ...entityRows('market', d.market, (x) => x.label),
    ...entityRows('trends', d.trends, (x) => x.label),
    ...entityRows('sources', d.sources, (x) => x.title),
  ];
  const arrow = ascii ? '->' : '→';
  return {
    table: {
      title: `Changes: ${old.path} ${arrow} ${now.path}`,
      columns: COLUMNS,
      groups: SECTIONS.map(([id, name]) => ({ id, name })),
      frozen: 2,
      rows,
      notes: d.identical ? [] : [summary(d)],
    },
    empty: 'No differences.',
    json: {
      view: 'diff',
      old,
      new: now,
      identical: d.identical,
      changes: countChanges(d),
      dataset: d.dataset,
      vendors: d.vendors,
      categories: d.categories,
      features: d.features,
      accelerators: d.accelerators,
      cells: d.cells,
      deals: d.deals,
      market: d.market,
      trends: d.trends,
      sources: d.sources,
    },
  };
}
