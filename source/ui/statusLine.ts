/** The status line's parts: position, column, active filters, sort, search. Pure. */
import { visibleLine } from '../text/visible.js';
import { statusLabel } from '../views/status.js';
import type { Screen } from './screenOf.js';
import type { NavState } from './state/reducer.js';
import { openLine } from './state/screen.js';

export interface StatusPart {
  text: string;
  /** A filter or mode that changes what is shown. */
  active?: boolean;
}

/** Index of the data row on each line (headers get the next row's index), for `row x/y`. */
export function rowNumbers(screen: Pick<Screen, 'shaped'>): Int32Array {
  const lines = screen.shaped.lines;
  const out = new Int32Array(lines.length);
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    out[i] = n;
    if (lines[i]?.kind === 'row') n++;
  }
  return out;
}

export function statusParts(
  state: NavState,
  screen: Screen,
  title: string,
  rowNo: Int32Array,
  ascii = false,
): StatusPart[] {
  const parts: StatusPart[] = [];
  const { shaped, nav, p } = screen;
  const x = shaped.shown === 0 ? 0 : Math.min(shaped.shown, (rowNo[nav.row] ?? 0) + 1);
  parts.push({
    text: `${title} · row ${x}/${shaped.shown}${shaped.shown !== shaped.total ? ` of ${shaped.total}` : ''}`,
  });
  if (screen.cellCursor) {
    const col = p.columns[nav.col];
    if (col) parts.push({ text: `col ${visibleLine(col.title)}` });
  }
  if (state.vendors.length !== state.allVendors.length) {
    parts.push({ text: `vendors ${state.vendors.length}/${state.allVendors.length}`, active: true });
  }
  if (state.diffOnly && p.statusCols.length > 0) parts.push({ text: 'differences only', active: true });
  if (state.statusFilter && p.statusCols.length > 0) {
    parts.push({ text: `only ${statusLabel(state.statusFilter, ascii)}`, active: true });
  }
  const sort = state.sort[state.view];
  if (sort) {
    const col = p.columns.find((c) => c.id === sort.col);
    parts.push({ text: `sort ${visibleLine(col?.title ?? sort.col)} ${sort.dir === 'asc' ? '↑' : '↓'}`, active: true });
  }
  const folded = state.folded[state.view]?.length ?? 0;
  if (folded > 0) parts.push({ text: `${folded} folded`, active: true });
  if (state.search.query) {
    const i = screen.matches.indexOf(openLine(shaped, new Set(state.folded[state.view] ?? []), nav.row));
    const pos =
      i >= 0
        ? `${i + 1}/${screen.matches.length}`
        : `${screen.matches.length} match${screen.matches.length === 1 ? '' : 'es'}`;
    parts.push({ text: `/${visibleLine(state.search.query)} ${pos}`, active: true });
  }
  return parts;
}
