/**
 * Draws the visible window of a table view as styled lines: only the rows
 * between `top` and the page end, and only the frozen plus scrolled columns
 * that fit. Wide layout: a header row and one line per row. Stacked layout
 * (narrow terminals): two lines per row, the name and then the other columns.
 * Pure, so it is tested and timed without Ink.
 */
import stringWidth from 'string-width';
import { fitKeeping, fitText } from '../../../text/fit.js';
import { visibleLine } from '../../../text/visible.js';
import { cellMarks, cellText, fitWidths, COLUMN_GAP as GAP } from '../../../views/layout.js';
import { statusLabel } from '../../../views/status.js';
import type { TableCell, TableColumn } from '../../../views/types.js';
import { highlight } from '../../highlight.js';
import { keyFor } from '../../keys/keymap.js';
import { type Seg, toHeight } from '../../segs.js';
import type { Nav, SortSpec } from '../../state/reducer.js';
import { cellAt, type Line, type Projected } from '../../state/screen.js';
import type { UiTheme } from '../../uiTheme.js';
import type { BodyInput } from '../spec.js';
import { fitFrom } from './columns.js';

const GUTTER = 2;
/** Cells the stacked second line keeps for the count of columns off-screen to the right (" 12▸"). */
const STACKED_MARK = 2;

export interface Geometry {
  stacked: boolean;
  /** Widths the reducer scrolls with (and the renderer draws with). */
  widths: number[];
  frozen: number;
  avail: number;
  /** Lines each table line takes on screen. */
  lineHeight: number;
}

/**
 * Cells kept at the right of the header, when some columns do not fit, to say
 * how many are off-screen on each side: "◂2 3▸".
 */
export function offscreenRoom(columns: number, frozen: number): number {
  const n = String(Math.max(0, columns - frozen)).length;
  return 1 + (n + 1) * 2 + 1;
}

/** The count of columns off-screen on each side, as the header's right end shows it: "◂2 3▸", "4▸", "◂1". */
export function offscreenText(left: number, right: number, ascii: boolean): string {
  const parts = [left > 0 ? `${ascii ? '<' : '◂'}${left}` : '', right > 0 ? `${right}${ascii ? '>' : '▸'}` : ''];
  return parts.filter((t) => t !== '').join(' ');
}

/** Column widths fitted to the terminal, shared by the reducer's bounds and the renderer. */
export function geometry(p: Projected, width: number, stacked: boolean, frozen: number): Geometry {
  const all = fitted(p, Math.max(10, width - GUTTER), stacked, frozen);
  if (stacked || fitFrom(all.widths, all.frozen, all.frozen, all.avail) >= all.widths.length - all.frozen) return all;
  // Some columns scroll: keep room to say how many are off-screen.
  const geo = fitted(p, Math.max(10, width - GUTTER - offscreenRoom(p.columns.length, frozen)), stacked, frozen);
  spreadInView(geo, p.wants);
  return geo;
}

/**
 * When columns scroll, the ones on the first screen rarely fill it: the cells
 * left before the next column are given to the cut columns on that screen,
 * the frozen (naming) columns first, so a vendor's name is not cut beside
 * blank cells. The columns on the first screen stay the same.
 */
function spreadInView(geo: Geometry, wants: readonly number[]): void {
  const n = fitFrom(geo.widths, geo.frozen, geo.frozen, geo.avail);
  const shown = [...Array(Math.min(geo.frozen, geo.widths.length)).keys()].concat(
    Array.from({ length: n }, (_, k) => geo.frozen + k),
  );
  const used = shown.reduce((a, k) => a + (geo.widths[k] ?? 0), 0) + GAP * Math.max(0, shown.length - 1);
  let spare = geo.avail - used;
  for (let k = 0; k < geo.frozen && spare > 0; k++) {
    const add = Math.min(spare, Math.max(0, (wants[k] ?? 0) - (geo.widths[k] ?? 0)));
    geo.widths[k] = (geo.widths[k] ?? 0) + add;
    spare -= add;
  }
  const sub = shown.map((k) => geo.widths[k] ?? 0);
  spreadSpare(
    sub,
    shown.map((k) => wants[k] ?? 0),
    sub.reduce((a, b) => a + b, 0) + GAP * Math.max(0, sub.length - 1) + spare,
  );
  shown.forEach((k, i) => {
    geo.widths[k] = sub[i] ?? 0;
  });
}

function fitted(p: Projected, avail: number, stacked: boolean, frozen: number): Geometry {
  if (stacked) {
    // Line two lists the non-frozen columns; the frozen ones are on line one and take no width there.
    const widths = p.columns.map((c, k) => (k < frozen ? 0 : Math.min(avail, segmentWidth(c, p.widths[k] ?? 0))));
    // The second line starts with "◂N " and may end with " N▸" (columns off-screen on each side).
    return { stacked, widths, frozen, avail: avail - GUTTER - STACKED_MARK, lineHeight: 2 };
  }
  // Status columns give way first (down to the widest status word), so names stay readable.
  const natural = [...p.widths];
  const statusMin = p.columns.map((c, k) => (c.status ? Math.min(natural[k] ?? 0, Math.max(c.minWidth ?? 9, 9)) : 0));
  let over = natural.reduce((a, b) => a + b, 0) + GAP * Math.max(0, natural.length - 1) - avail;
  while (over > 0) {
    let idx = -1;
    for (let k = 0; k < natural.length; k++) {
      if (
        p.columns[k]?.status &&
        (natural[k] ?? 0) > (statusMin[k] ?? 0) &&
        (idx < 0 || (natural[k] ?? 0) > (natural[idx] ?? 0))
      )
        idx = k;
    }
    if (idx < 0) break;
    natural[idx] = (natural[idx] ?? 0) - 1;
    over--;
  }
  // Frozen columns keep their natural width up to about 40% of the screen; the rest shrink
  // toward their minimums and, if they still do not fit, scroll sideways.
  const widths = [...natural];
  let frozenW = 0;
  for (let i = 0; i < Math.min(frozen, widths.length); i++) {
    const cap = Math.max(p.columns[i]?.minWidth ?? 8, Math.floor(avail * 0.4));
    widths[i] = Math.min(widths[i] ?? 0, cap);
    frozenW += (widths[i] ?? 0) + GAP;
  }
  // Text columns keep a readable width (up to 14 cells) and scroll rather than shrink to a stub.
  const comfortable = p.columns.map((c, k) =>
    c.status || c.vendor ? c : { ...c, minWidth: Math.min(natural[k] ?? 0, Math.max(c.minWidth ?? 1, 14)) },
  );
  const rest = fitWidths(natural.slice(frozen), comfortable.slice(frozen), Math.max(1, avail - frozenW));
  rest.forEach((w, k) => {
    widths[frozen + k] = w;
  });
  spreadSpare(widths, p.wants, avail);
  return { stacked, widths, frozen, avail, lineHeight: 1 };
}

/**
 * When every column fits with room to spare, the spare cells go to the
 * columns that are cut (a vendor name in a header, a long product list), one
 * cell each in turn, so short cuts heal first and no cell stays blank while text is cut.
 */
export function spreadSpare(widths: number[], wants: readonly number[], avail: number): void {
  let spare = avail - widths.reduce((a, b) => a + b, 0) - GAP * Math.max(0, widths.length - 1);
  while (spare > 0) {
    let gave = false;
    for (let k = 0; k < widths.length && spare > 0; k++) {
      if ((wants[k] ?? 0) > (widths[k] ?? 0)) {
        widths[k] = (widths[k] ?? 0) + 1;
        spare--;
        gave = true;
      }
    }
    if (!gave) return;
  }
}

/** Short vendor label for stacked rows: the first word of the column title. */
function shortTitle(c: TableColumn): string {
  return visibleLine(c.title).split(/\s+/)[0] ?? c.title;
}

function segmentWidth(c: TableColumn, natural: number): number {
  if (c.status) return stringWidth(shortTitle(c)) + 1 + 9;
  return stringWidth(visibleLine(c.title)) + 2 + Math.min(natural, 30);
}

export interface DrawInput {
  p: Projected;
  lines: readonly Line[];
  nav: Nav;
  geo: Geometry;
  width: number;
  /** Screen lines for the table body (header excluded). */
  height: number;
  cellCursor: boolean;
  /** Draw the cursor row inverse (row views) instead of only the cursor cell. */
  rowHighlight: boolean;
  matches: ReadonlySet<number>;
  /** The search, highlighted inside the rows that match. */
  query?: string;
  sort?: SortSpec;
  theme: UiTheme;
  ascii: boolean;
}

/** The visible column indexes: frozen ones, then scrolled from `left`. */
export function visibleColumns(geo: Geometry, left: number): number[] {
  const n = fitFrom(geo.widths, geo.frozen, left, geo.avail);
  const cols: number[] = [];
  for (let i = 0; i < Math.min(geo.frozen, geo.widths.length); i++) cols.push(i);
  for (let i = Math.max(geo.frozen, left); i < Math.max(geo.frozen, left) + n && i < geo.widths.length; i++)
    cols.push(i);
  return cols;
}

function statusSegs(
  cell: TableCell | undefined,
  width: number,
  theme: UiTheme,
  ascii: boolean,
  align?: 'left' | 'right',
): Seg {
  const label = cellText(cell, ascii);
  const marks = cell ? cellMarks(cell, ascii) : '';
  // A stale mark survives a narrow column: the word gives way, not the mark.
  const text =
    cell?.status && marks && stringWidth(label) > width && width > stringWidth(marks) + 1
      ? fitText(statusLabel(cell.status, ascii), width - stringWidth(marks), align) + marks
      : fitKeeping(label, cell?.keep, width, align);
  return { text, color: cell?.status ? theme.status[cell.status] : undefined };
}

/** The header line (wide layout only). */
export function drawHeader(d: DrawInput): Seg[] {
  const { p, geo, theme } = d;
  const cols = visibleColumns(geo, d.nav.left);
  const firstScrolled = cols.find((c) => c >= geo.frozen);
  const hiddenLeft = firstScrolled !== undefined ? firstScrolled - geo.frozen : 0;
  const lastShown = cols[cols.length - 1] ?? 0;
  const hiddenRight = geo.widths.length - 1 - lastShown;
  const segs: Seg[] = [{ text: hiddenLeft > 0 ? (d.ascii ? '< ' : '◂ ') : '  ', color: theme.accent }];
  let used = GUTTER;
  cols.forEach((k, i) => {
    const col = p.columns[k] as TableColumn;
    const w = geo.widths[k] ?? 0;
    const arrow =
      d.sort && d.sort.col === col.id ? (d.sort.dir === 'asc' ? (d.ascii ? ' ^' : ' ↑') : d.ascii ? ' v' : ' ↓') : '';
    const title = visibleLine(col.title);
    // The arrow goes after the title when both fit, else into the gap before the column: it never cuts the title.
    const inside = arrow !== '' && stringWidth(title) + arrow.length <= w;
    const text = inside ? `${title}${arrow}` : title;
    if (i > 0) segs.push({ text: arrow && !inside ? `${' '.repeat(GAP - 1)}${arrow.trim()}` : ' '.repeat(GAP) });
    else if (arrow && !inside) segs[0] = { text: ` ${arrow.trim()}`, color: theme.accent };
    segs.push({ text: fitText(text, w, col.align), bold: true, underline: d.cellCursor && k === d.nav.col });
    used += w + (i > 0 ? GAP : 0);
  });
  // How many columns are off-screen, and on which side, at the right end (geometry keeps the room).
  const off = offscreenText(hiddenLeft, hiddenRight, d.ascii);
  if (off) {
    const pad = Math.max(1, d.width - used - stringWidth(off));
    segs.push({ text: ' '.repeat(pad) }, { text: off, color: theme.accent, bold: true });
    return segs;
  }
  segs.push({ text: ' '.repeat(Math.max(0, d.width - used)) });
  return segs;
}

function gutter(d: DrawInput, lineIdx: number, isCursor: boolean): Seg {
  if (isCursor) return { text: d.ascii ? '> ' : '▸ ', color: d.theme.accent, bold: true };
  if (d.matches.has(lineIdx)) return { text: d.ascii ? '* ' : '• ', color: d.theme.match };
  return { text: '  ' };
}

function groupLine(d: DrawInput, line: Extract<Line, { kind: 'group' }>, isCursor: boolean, idx: number): Seg[] {
  const arrow = line.folded ? (d.ascii ? '+' : '▸') : d.ascii ? '-' : '▾';
  const label = `${arrow} ${visibleLine(line.name)} (${line.count}${line.folded ? ' folded' : ''}) `;
  const room = Math.max(0, d.width - GUTTER);
  const lw = Math.min(stringWidth(label), room);
  return [
    gutter(d, idx, isCursor),
    { text: fitText(label, lw), bold: true, inverse: isCursor, color: isCursor ? undefined : d.theme.accent },
    { text: (d.ascii ? '-' : '─').repeat(room - lw), color: d.theme.muted },
  ];
}

function rowLineWide(d: DrawInput, line: Extract<Line, { kind: 'row' }>, isCursor: boolean, idx: number): Seg[] {
  const { p, geo, theme } = d;
  const cols = visibleColumns(geo, d.nav.left);
  const segs: Seg[] = [gutter(d, idx, isCursor)];
  const rowMode = isCursor && d.rowHighlight;
  let used = GUTTER;
  cols.forEach((k, i) => {
    const w = geo.widths[k] ?? 0;
    if (i > 0) segs.push({ text: ' '.repeat(GAP), inverse: rowMode });
    const cell = cellAt(p, line.row, k);
    const seg = statusSegs(cell, w, theme, d.ascii, p.columns[k]?.align);
    const onCell = isCursor && d.cellCursor && k === d.nav.col;
    segs.push({
      ...seg,
      inverse: rowMode || onCell,
      bold: (isCursor && k < geo.frozen) || onCell,
      underline: (i === 0 && d.matches.has(idx) && !isCursor) || (rowMode && onCell),
    });
    used += w + (i > 0 ? GAP : 0);
  });
  segs.push({ text: ' '.repeat(Math.max(0, d.width - used)), inverse: rowMode });
  return segs;
}

function rowLinesStacked(d: DrawInput, line: Extract<Line, { kind: 'row' }>, isCursor: boolean, idx: number): Seg[][] {
  const { p, geo, theme } = d;
  const nameCell = line.row.cells[p.source[0] ?? 0];
  const name = visibleLine(nameCell?.text ?? '');
  const first: Seg[] = [
    gutter(d, idx, isCursor),
    {
      text: fitKeeping(name, nameCell?.keep, d.width - GUTTER),
      bold: true,
      inverse: isCursor && (!d.cellCursor || d.nav.col < geo.frozen),
      underline: d.matches.has(idx) && !isCursor,
    },
  ];
  const second: Seg[] = [{ text: '    ' }];
  let used = 4;
  const cols = visibleColumns(geo, d.nav.left).filter((k) => k >= geo.frozen);
  const firstScrolled = cols[0] ?? geo.frozen;
  if (firstScrolled > geo.frozen) {
    const left = offscreenText(firstScrolled - geo.frozen, 0, d.ascii);
    second[0] = { text: `${left.padStart(3)} `, color: theme.accent };
    used = Math.max(4, stringWidth(left) + 1);
  }
  cols.forEach((k, i) => {
    const col = p.columns[k] as TableColumn;
    const cell = cellAt(p, line.row, k);
    const w = geo.widths[k] ?? 0;
    const onCell = isCursor && d.cellCursor && k === d.nav.col;
    if (i > 0) second.push({ text: ' '.repeat(GAP) });
    if (col.status) {
      const label = `${shortTitle(col)} `;
      second.push({ text: label, dim: !onCell, inverse: onCell });
      second.push({ ...statusSegs(cell, Math.max(1, w - stringWidth(label)), theme, d.ascii), inverse: onCell });
    } else {
      const label = `${visibleLine(col.title)}: `;
      second.push({ text: fitText(label + cellText(cell, d.ascii), w), inverse: onCell, color: theme.muted });
    }
    used += w + (i > 0 ? GAP : 0);
  });
  const last = cols[cols.length - 1];
  if (last !== undefined && last < geo.widths.length - 1) {
    const right = ` ${offscreenText(0, geo.widths.length - 1 - last, d.ascii)}`;
    second.push({ text: right, color: theme.accent });
    used += stringWidth(right);
  }
  second.push({ text: ' '.repeat(Math.max(0, d.width - used)) });
  return [first, second];
}

/** The body lines for the window starting at `nav.top`, at most `height` screen lines. */
export function drawBody(d: DrawInput): Seg[][] {
  const out: Seg[][] = [];
  const per = d.geo.lineHeight;
  const count = Math.max(1, Math.floor(d.height / per));
  for (let i = d.nav.top; i < Math.min(d.lines.length, d.nav.top + count); i++) {
    const line = d.lines[i] as Line;
    const isCursor = i === d.nav.row;
    if (line.kind === 'group') {
      if (per === 2) out.push([{ text: '' }]);
      out.push(groupLine(d, line, isCursor, i));
    } else {
      const rows = d.geo.stacked ? rowLinesStacked(d, line, isCursor, i) : [rowLineWide(d, line, isCursor, i)];
      const lit = d.query && d.matches.has(i);
      out.push(...(lit ? rows.map((segs) => highlight(segs, d.query ?? '', d.theme)) : rows));
    }
  }
  return out.slice(0, d.height);
}

/** The input drawBody and drawHeader take for a frame. */
export function drawInput({ screen, state, width, theme, ascii }: BodyInput, height = screen.bodyHeight): DrawInput {
  return {
    p: screen.p,
    lines: screen.shaped.lines,
    nav: screen.nav,
    geo: screen.geo,
    width,
    height,
    cellCursor: screen.cellCursor,
    rowHighlight: screen.rowHighlight,
    matches: screen.matchSet,
    query: state.search.query,
    sort: state.sort[state.view],
    theme,
    ascii,
  };
}

/** Why a table has no rows to show, and the key that brings them back. */
function emptyText({ screen, state, ascii }: BodyInput): string {
  const matrix = screen.p.statusCols.length > 0;
  if (state.statusFilter && matrix)
    return `  No rows where a shown vendor is ${statusLabel(state.statusFilter, ascii)}. Press ${keyFor('filter.status')} for the next status.`;
  if (state.diffOnly && matrix)
    return `  No rows: every shown vendor agrees on every row. Press ${keyFor('diff.toggle')} to show all rows.`;
  return '  No rows for the shown vendors.';
}

/** A windowed table's lines: the header (wide layout), then the body, `bodyHeight` lines. */
export function tableBodyLines(input: BodyInput): Seg[][] {
  const { screen, theme } = input;
  const d = drawInput(input);
  const body = screen.shaped.lines.length === 0 ? [[{ text: emptyText(input), color: theme.muted }]] : drawBody(d);
  return [...(screen.header ? [drawHeader(d)] : []), ...toHeight(body, screen.bodyHeight)];
}
