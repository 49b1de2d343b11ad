/**
 * CSV output (RFC 4180): CRLF records, a header row, one record per table row,
 * statuses as words. Fields are quoted when they hold a comma, quote or line
 * break; control and invisible characters are made visible first, because a
 * CSV file has no escape of its own and often ends up on a terminal.
 */
import { stringify } from 'csv-stringify/sync';
import { STATUS_WORD } from '../views/status.js';
import { safe } from './safe.js';
import type { Printable } from './types.js';

/** Text safe in a CSV field; line breaks are kept (the field is then quoted), and normalised to CRLF. */
export function csvField(text: string): string {
  return safe(text).replace(/\n/g, '\r\n');
}

export function renderCsv(p: Printable): string {
  const { table } = p;
  const hasGroups = (table.groups?.length ?? 0) > 0 || table.rows.some((r) => r.group !== undefined);
  const groupName = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  const header = [...(hasGroups ? ['Category'] : []), 'ID', ...table.columns.map((c) => c.title)];
  const rows = table.rows.map((r) => [
    ...(hasGroups ? [groupName.get(r.group ?? '') ?? r.group ?? ''] : []),
    r.id,
    ...table.columns.map((_, i) => {
      const cell = r.cells[i];
      return cell?.status ? STATUS_WORD[cell.status] : (cell?.text ?? '');
    }),
  ]);
  return stringify(
    [header, ...rows].map((row) => row.map(csvField)),
    { record_delimiter: '\r\n', quoted_match: /[\r\n]|^\s|\s$/ },
  );
}
