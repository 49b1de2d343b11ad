/**
 * Plain-text table output: fitted to a width, truncated with an ellipsis,
 * with the same status glyphs, words and legend as the dashboard. Every piece
 * of data passes through `safeLine`, so no control sequence reaches stdout.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { fitKeeping } from '../text/fit.js';
import type { Theme } from '../theme.js';
import { COLUMN_GAP, cellMarks, columnsThatFit, fitWidths, naturalWidths } from '../views/layout.js';
import { legend, statusLabel } from '../views/status.js';
import type { TableCell, TableColumn, TableModel } from '../views/types.js';
import { safeLine } from './safe.js';
import type { Printable } from './types.js';

export interface TableOptions {
  width: number;
  theme: Theme;
  ascii: boolean;
}

/** Fits `text` into exactly `width` cells: truncated with an ellipsis (`...` in ASCII), then padded; a `keep` tail stays whole. */
export function fitCell(
  text: string,
  width: number,
  align: 'left' | 'right' = 'left',
  ascii = false,
  keep?: string,
): string {
  return fitKeeping(text, keep, width, align, ascii && width > 3 ? '...' : '…');
}

/** What a cell shows: a status as glyph and word, anything else as safe text on one line. */
function cellText(cell: TableCell | undefined, ascii: boolean): string {
  if (!cell) return '';
  if (cell.status) return statusLabel(cell.status, ascii) + cellMarks(cell, ascii);
  return safeLine(cell.text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Which columns are shown and how wide each is. */
function layout(table: Omit<TableModel, 'view'>, width: number, ascii: boolean) {
  const cols = columnsThatFit(table.columns, width, 0, table.frozen);
  const natural = naturalWidths(table as TableModel, ascii);
  const fitted = fitWidths(
    cols.map((i) => natural[i] ?? 0),
    cols.map((i) => table.columns[i] as TableColumn),
    width,
  );
  return { cols, widths: fitted };
}

export function renderTable(p: Printable, opts: TableOptions): string {
  const { table } = p;
  const { theme, ascii, width } = opts;
  const { cols, widths } = layout(table, width, ascii);
  const gap = ' '.repeat(COLUMN_GAP);
  const rule = ascii ? '-' : '─';
  const lines: string[] = [];
  const clip = (line: string) => (stringWidth(line) > width ? fitCell(line, width, 'left', ascii).trimEnd() : line);

  const title = [safeLine(table.title), plural(table.rows.length, 'row'), ...(p.asOf ? [`as of ${p.asOf}`] : [])];
  for (const l of wrapAnsi(title.join(ascii ? ' - ' : ' · '), width, { hard: true, trim: true }).split('\n')) {
    lines.push(theme.heading(l));
  }
  const header = cols.map((c, k) => {
    const col = table.columns[c];
    return fitCell(safeLine(col?.title ?? ''), widths[k] ?? 0, col?.align, ascii);
  });
  lines.push(theme.heading(clip(header.join(gap).trimEnd())));

  const groupName = new Map(table.groups?.map((g) => [g.id, g.name]) ?? []);
  let group: string | undefined;
  for (const row of table.rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      const name = fitCell(safeLine(groupName.get(group) ?? group), Math.max(1, width - 4), 'left', ascii).trimEnd();
      const line = `${rule}${rule} ${name} ${rule.repeat(Math.max(0, width - stringWidth(name) - 4))}`;
      lines.push(theme.muted(clip(line)));
    }
    const cells = cols.map((c, k) => {
      const cell = row.cells[c];
      const text = fitCell(cellText(cell, ascii), widths[k] ?? 0, table.columns[c]?.align, ascii, cell?.keep);
      return cell?.status ? theme.status[cell.status](text) : text;
    });
    // Colour codes take no cells, so measure the plain text when clipping.
    const plain = cols.map((c, k) =>
      fitCell(cellText(row.cells[c], ascii), widths[k] ?? 0, table.columns[c]?.align, ascii, row.cells[c]?.keep),
    );
    const line = plain.join(gap).trimEnd();
    lines.push(stringWidth(line) > width ? clip(line) : cells.join(gap).trimEnd());
  }
  if (table.rows.length === 0) lines.push(theme.muted(safeLine(p.empty ?? '(no rows)')));

  const footer: string[] = [];
  if (table.rows.some((r) => r.cells.some((c) => c.status))) footer.push(`Legend: ${legend(ascii)}`);
  if (table.stale) footer.push(ascii ? table.stale.replace(/^†/, '*') : table.stale);
  const hidden = table.columns.filter((_, i) => !cols.includes(i));
  if (hidden.length > 0) {
    const names = hidden.map((c) => safeLine(c.title)).join(', ');
    const hint = hidden.some((c) => c.vendor) ? '--vendor, a wider --width' : 'a wider --width';
    footer.push(
      `${plural(hidden.length, 'more column')} to the right (${names}) ${hidden.length === 1 ? 'does' : 'do'} not fit in ${width} columns; use ${hint}, or --format csv.`,
    );
  }
  for (const note of table.notes ?? []) footer.push(safeLine(note));
  if (footer.length > 0) {
    lines.push('');
    for (const l of footer) {
      for (const wrapped of wrapAnsi(l, width, { hard: true, trim: true }).split('\n'))
        lines.push(theme.muted(wrapped));
    }
  }
  // Further tables (the scorecard's quadrant) follow, each drawn the same way.
  for (const section of table.sections ?? []) {
    lines.push('', renderTable({ table: { ...section, frozen: 1 }, json: {} }, opts).replace(/\n$/, ''));
  }
  return `${lines.join('\n')}\n`;
}
