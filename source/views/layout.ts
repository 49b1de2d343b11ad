/** Column widths for a table at a given terminal width, measured with string-width. */
import stringWidth from 'string-width';
import { evidenceMark } from '../model/evidence.js';
import { staleGlyph } from '../text/format.js';
import { visibleLine } from '../text/visible.js';
import { changeGlyph } from './claim.js';
import { statusLabel } from './status.js';
import type { TableCell, TableColumn, TableModel } from './types.js';

export const COLUMN_GAP = 2;

/** The exact text a cell shows (status cells get their glyph). */
export function cellText(cell: TableCell | undefined, ascii = false): string {
  if (!cell) return '';
  if (cell.status) return statusLabel(cell.status, ascii) + cellMarks(cell, ascii);
  return visibleLine(cell.text);
}

/** The marks after a status: stale, a dated change near today, weak evidence. */
export function cellMarks(cell: TableCell, ascii = false): string {
  if (!cell.stale && !cell.change && !cell.evidence) return '';
  return (
    (cell.stale ? staleGlyph(ascii) : '') +
    (cell.change ? changeGlyph(cell.change, ascii) : '') +
    (cell.evidence ? evidenceMark(cell.evidence, ascii) : '')
  );
}

/** Natural width of each column: its widest cell or title, clamped to its min/max. */
export function naturalWidths(table: TableModel, ascii = false, sampleRows = 2000): number[] {
  const rows = table.rows.length > sampleRows ? table.rows.slice(0, sampleRows) : table.rows;
  return table.columns.map((col, i) => {
    let w = stringWidth(col.title);
    for (const row of rows) w = Math.max(w, stringWidth(cellText(row.cells[i], ascii)));
    return clamp(w, col);
  });
}

function clamp(w: number, col: TableColumn): number {
  const min = col.minWidth ?? 1;
  const max = col.maxWidth ?? Number.POSITIVE_INFINITY;
  return Math.max(min, Math.min(max, w));
}

/**
 * Fits widths into `total` cells (gaps included): wide columns give way first,
 * never below their minimum. The result may still exceed `total`; callers then
 * scroll (the dashboard) or keep the leading columns (print).
 */
export function fitWidths(natural: readonly number[], columns: readonly TableColumn[], total: number): number[] {
  const widths = [...natural];
  const gaps = COLUMN_GAP * Math.max(0, widths.length - 1);
  let over = widths.reduce((a, b) => a + b, 0) + gaps - total;
  while (over > 0) {
    // Shrink the widest column that can still shrink.
    let idx = -1;
    for (let i = 0; i < widths.length; i++) {
      const min = columns[i]?.minWidth ?? 1;
      const w = widths[i] ?? 0;
      if (w > min && (idx === -1 || w > (widths[idx] ?? 0))) idx = i;
    }
    if (idx === -1) break;
    const min = columns[idx]?.minWidth ?? 1;
    const step = Math.min(over, (widths[idx] ?? 0) - min, Math.max(1, Math.ceil(over / widths.length)));
    widths[idx] = (widths[idx] ?? 0) - step;
    over -= step;
  }
  return widths;
}

/**
 * The columns that fit in `total` cells at their minimum widths, frozen
 * columns first and then in order; at least the first column.
 */
export function columnsThatFit(columns: readonly TableColumn[], total: number, from = 0, frozen = 0): number[] {
  const shown: number[] = [];
  let used = 0;
  const take = (i: number) => {
    const w = (columns[i]?.minWidth ?? 1) + (shown.length > 0 ? COLUMN_GAP : 0);
    if (shown.length > 0 && used + w > total) return false;
    shown.push(i);
    used += w;
    return true;
  };
  for (let i = 0; i < Math.min(frozen, columns.length); i++) take(i);
  for (let i = Math.max(frozen, from); i < columns.length; i++) if (!take(i)) break;
  return shown;
}
