/**
 * CSV output (RFC 4180) that a spreadsheet reads as meant: CRLF records, a
 * header row, numbers as numbers, dates as ISO 8601, statuses as words, and
 * the evidence of every claim (its note and source URLs) beside it. Views
 * that know their values as numbers give each row a `csv` record; the
 * matrices are written from their cells, wide (a status, note and source
 * column per vendor) or long (one record per row × vendor, for pivot tables).
 *
 * Two defences: control and invisible characters are made visible, because a
 * CSV file has no escape of its own and often ends up on a terminal; and a
 * text field that a spreadsheet would read as a formula (it starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, as OWASP
 * recommends against CSV injection.
 */
import { stringify } from 'csv-stringify/sync';
import type { SourceJson } from '../views/sourcesCited.js';
import { STATUS_WORD } from '../views/status.js';
import type { CsvValue, TableCell, TableColumn, TableRow } from '../views/types.js';
import { safe } from './safe.js';
import type { Printable } from './types.js';

export const CSV_LAYOUTS = ['wide', 'long'] as const;
export type CsvLayout = (typeof CSV_LAYOUTS)[number];

/** What starts a formula in Excel, LibreOffice and Google Sheets (leading spaces are skipped by some). */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** A text field defused: a leading `'` when a spreadsheet would read it as a formula. */
export function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Text safe in a CSV field; line breaks are kept (the field is then quoted), and normalised to CRLF. */
export function csvField(text: string): string {
  // Printable ASCII (most fields of a large matrix) has nothing to make visible and no line break.
  if (PRINTABLE_ASCII.test(text)) return defuse(text);
  const shown = safe(text);
  // Test the raw text too: a tab or CR would otherwise be hidden by `safe`.
  return (FORMULA_START.test(text) && !FORMULA_START.test(shown) ? `'${shown}` : defuse(shown)).replace(/\n/g, '\r\n');
}

/** A value as written: numbers in plain decimal notation, absent values empty, text defused. */
export function csvValue(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvField(value);
}

function write(records: readonly (readonly string[])[]): string {
  return stringify(records as string[][], { record_delimiter: '\r\n', quoted_match: /[\r\n]|^\s|\s$/ });
}

export interface CsvOptions {
  layout?: CsvLayout;
}

export function renderCsv(p: Printable, opts: CsvOptions = {}): string {
  const { table } = p;
  const groupName = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  const hasGroups = (table.groups?.length ?? 0) > 0 || table.rows.some((r) => r.group !== undefined);
  const category = (r: TableRow) => (hasGroups ? [csvField(groupName.get(r.group ?? '') ?? r.group ?? '')] : []);
  const urls = urlLookup(p.sources);
  if (opts.layout === 'long') return renderLong(p, hasGroups, category, urls);

  const records = table.rows.map((r) => r.csv);
  if (table.rows.length > 0 && records.every((r) => r !== undefined)) {
    const keys = [...new Set(records.flatMap((r) => Object.keys(r ?? {})))];
    return write([
      [...(hasGroups ? ['Category'] : []), 'ID', ...keys].map(csvField),
      ...table.rows.map((r) => [...category(r), csvField(r.id), ...keys.map((k) => csvValue(r.csv?.[k]))]),
    ]);
  }

  // The matrix: each vendor's status column followed by its note and source URLs.
  const cited = (c: TableColumn) => c.status === true && c.vendor !== undefined;
  const header = [...(hasGroups ? ['Category'] : []), 'ID'];
  for (const c of table.columns) {
    header.push(c.title);
    if (cited(c)) header.push(`${c.title} note`, `${c.title} sources`);
  }
  const rows = table.rows.map((r) => {
    const out = [...category(r), csvField(r.id)];
    table.columns.forEach((c, i) => {
      const cell = r.cells[i];
      out.push(csvField(cell?.status ? STATUS_WORD[cell.status] : (cell?.text ?? '')));
      if (cited(c)) out.push(csvField(cell?.cite?.note ?? ''), csvField(urls(cell)));
    });
    return out;
  });
  return write([header.map(csvField), ...rows]);
}

function urlLookup(sources: readonly SourceJson[] | undefined): (cell: TableCell | undefined) => string {
  const byId = new Map(sources?.map((s) => [s.id, s.url]) ?? []);
  return (cell) => (cell?.cite?.sources ?? []).flatMap((id) => byId.get(id) ?? []).join('\n');
}

/** One record per row × status column: what a pivot table wants. */
function renderLong(
  p: Printable,
  hasGroups: boolean,
  category: (r: TableRow) => string[],
  urls: (cell: TableCell | undefined) => string,
): string {
  const { table } = p;
  const statusCols = table.columns.flatMap((c, i) => (c.status && c.vendor !== undefined ? [{ c, i }] : []));
  const label = table.columns.findIndex((c) => !c.status);
  const labelTitle = table.columns[label]?.title ?? 'Name';
  const header = [
    ...(hasGroups ? ['Category'] : []),
    'ID',
    labelTitle,
    'Vendor ID',
    'Vendor',
    'Status',
    'Evidence',
    'Stale',
    'Change',
    'Note',
    'Source URLs',
  ];
  const rows = table.rows.flatMap((r) =>
    statusCols.map(({ c, i }: { c: TableColumn; i: number }) => {
      const cell = r.cells[i];
      return [
        ...category(r),
        csvField(r.id),
        csvField(r.cells[label]?.text ?? ''),
        csvField(c.vendor ?? c.id),
        csvField(c.title),
        csvField(cell?.status ? STATUS_WORD[cell.status] : ''),
        csvField(cell?.cite?.evidence ?? 'none'),
        cell?.stale ? 'yes' : 'no',
        cell?.change ?? '',
        csvField(cell?.cite?.note ?? ''),
        csvField(urls(cell)),
      ];
    }),
  );
  return write([header.map(csvField), ...rows]);
}
