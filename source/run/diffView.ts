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
  { id: 'from', title: 'From', status: true, minWidth: 9, maxWidth: 24 },
  { id: 'to', title: 'To', status: true, minWidth: 9, maxWidth: 24 },
  { id: 'detail', title: 'Detail', minWidth: 10, maxWidth: 80 },
];

const text = (t: string): TableCell => ({ text: t });
const show = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

function entityRows<T extends { id: string }>(group: string, section: Added<T>, label: (x: T) => string): TableRow[] {
  const row = (change: string, x: T, detail = ''): TableRow => ({
    id: `${group}:${x.id}`,
    group,
    cells: [text(change), text(`${label(x)} (${x.id})`), text(''), text(''), text(''), text(detail)],
  });
  return [
    ...section.added.map((x) => row('added', x)),
    ...section.removed.map((x) => row('removed', x)),
    ...section.changed.map((x) => row('changed', x, x.fields.join(', '))),
  ];
}

function cellRow(c: CellChange): TableRow {
  const group = c.matrix === 'features' ? 'cells' : 'compute';
  const detail =
    c.from !== c.to
      ? c.note.to
      : `${c.fields.join(', ')} changed${c.note.to && c.fields.includes('note') ? `: ${c.note.to}` : ''}`;
  return {
    id: `${group}:${c.id}/${c.vendor}`,
    group,
    cells: [
      text('changed'),
      text(`${c.name} (${c.id})`),
      text(c.vendorName),
      { text: c.from, status: c.from },
      { text: c.to, status: c.to },
      text(detail),
    ],
  };
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
    ...d.cells.filter((c) => c.matrix === 'features').map(cellRow),
    ...d.cells.filter((c) => c.matrix === 'compute').map(cellRow),
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
