/** CSV output (RFC 4180): a header row, one row per table row, statuses as words. */
import { stringify } from 'csv-stringify/sync';
import type { BuiltView } from '../views/types.js';

export function renderCsv(view: BuiltView): string {
  const { table } = view;
  const hasGroups = table.rows.some((r) => r.group !== undefined);
  const groupName = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  const header = [...(hasGroups ? ['category'] : []), 'id', ...table.columns.map((c) => c.title)];
  const rows = table.rows.map((r) => [
    ...(hasGroups ? [groupName.get(r.group ?? '') ?? r.group ?? ''] : []),
    r.id,
    ...table.columns.map((_, i) => r.cells[i]?.text ?? ''),
  ]);
  return stringify([header, ...rows], { record_delimiter: '\r\n' });
}
