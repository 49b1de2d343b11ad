/**
 * The mouse, as SGR reports (modes 1000 and 1006: `ESC [ < b ; x ; y M`,
 * `m` on release): the wheel scrolls the table or the pane under the pointer,
 * a click on the tab bar opens that view, a click on a row (and a cell in a
 * matrix, a figure or trend in the Market chart) puts the cursor there, and a
 * click on an Overview panel presses the key it names, as the keymap has it.
 * Pure: the dispatcher turns a report into a reducer action with the frame it
 * hit-tests against.
 */
import type { Landscape } from '../model/landscape.js';
import { actionFor, KEYMAP, type KeySpec } from './keys/keymap.js';
import type { Screen } from './screenOf.js';
import type { Action, NavState } from './state/reducer.js';
import { tabAt, tabLayout } from './tabs.js';
import { specOf } from './views/registry.js';
import { visibleColumns } from './views/table/tableLines.js';

/** Turns SGR mouse reporting on: button presses and releases, wheel, SGR coordinates. */
export const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
/** Turns it off again (sent on every way out, harmless when it was never on). */
export const MOUSE_OFF = '\u001b[?1006l\u001b[?1000l';

export interface MouseEvent {
  kind: 'press' | 'release' | 'wheel';
  /** 0 left, 1 middle, 2 right (presses); −1 up, +1 down (wheel). */
  button: number;
  /** 1-based cell coordinates, as the terminal reports them. */
  x: number;
  y: number;
}

const SGR = /^\u001b?\[<(\d+);(\d+);(\d+)([Mm])$/;

/** The mouse report in a key event's input (Ink hands it over without its ESC), or undefined. */
export function parseMouse(input: string): MouseEvent | undefined {
  const m = SGR.exec(input);
  if (!m) return undefined;
  const code = Number(m[1]);
  const x = Number(m[2]);
  const y = Number(m[3]);
  if (code & 64) return { kind: 'wheel', button: (code & 1) === 1 ? 1 : -1, x, y };
  // Motion reports (32) are not asked for; ignore them if a terminal sends them anyway.
  if (code & 32) return undefined;
  return { kind: m[4] === 'M' ? 'press' : 'release', button: code & 3, x, y };
}

/** Lines the wheel moves per notch. */
export const WHEEL_STEP = 3;

/** Screen row (1-based) of the first body line: after the tab bar, and the column header when drawn. */
const bodyTop = (screen: Screen) => 2 + (screen.header ? 1 : 0);

/** The table line drawn at screen row `y`, if a table line is there. */
export function lineAtY(screen: Screen, y: number): number | undefined {
  const top = bodyTop(screen);
  if (y < top || y >= top + screen.bodyHeight) return undefined;
  const stacked = screen.geo.stacked;
  let row = top;
  for (let i = screen.nav.top; i < screen.shaped.lines.length; i++) {
    // Stacked rows take two lines, and so does a category header (a blank line before it).
    const h = stacked ? 2 : 1;
    if (y < row + h) return i;
    row += h;
    if (row >= top + screen.bodyHeight) return undefined;
  }
  return undefined;
}

/** The column drawn at screen column `x` (1-based) in the wide layout, if any. */
export function columnAtX(screen: Screen, x: number): number | undefined {
  if (screen.geo.stacked) return undefined;
  let at = 3; // after the two-cell gutter
  const cols = visibleColumns(screen.geo, screen.nav.left);
  for (const [i, k] of cols.entries()) {
    if (i > 0) at += 2;
    const w = screen.geo.widths[k] ?? 0;
    if (x >= at && x < at + w) return k;
    at += w;
  }
  return undefined;
}

/** The command a key stands for in the table, as the keymap has it, and what it does now; null when the keymap has none. */
function keyAction(key: KeySpec, state: NavState, screen: Screen): Action | null {
  const cmd = KEYMAP.find(
    (c) => c.contexts.includes('table') && (!c.views || c.views.includes(state.view)) && c.keys.includes(key),
  );
  return cmd ? actionFor(cmd, { state, screen }, key) : null;
}

/** What a mouse report does here: an action for the reducer, or nothing. */
export function mouseAction(
  e: MouseEvent,
  state: NavState,
  screen: Screen,
  width: number,
  land?: Landscape,
): Action | null {
  const bounds = screen.bounds;
  const spec = specOf(state.view);
  // What the view says is under the pointer, in a view that draws more than table rows.
  const hit =
    state.overlay === null && land && spec.hit
      ? spec.hit({ land, state, screen, x: e.x, line: e.y - bodyTop(screen) })
      : undefined;
  if (e.kind === 'wheel') {
    // The pane, when one is open, fills the body; else the table (or chart) under the pointer scrolls, not a panel.
    if (state.overlay === null && e.y === 1) return null;
    if (hit && 'key' in hit) return null;
    return { type: 'scroll', delta: e.button * WHEEL_STEP, bounds };
  }
  if (e.kind !== 'press' || e.button !== 0) return null;
  if (e.y === 1) {
    const view = tabAt(tabLayout(state.view, width), e.x - 1);
    return view ? { type: 'view', view, bounds } : null;
  }
  if (state.overlay !== null) return null;
  if (hit !== undefined) {
    if (hit === null) return null;
    return 'key' in hit ? keyAction(hit.key, state, screen) : { type: 'select', row: hit.row, bounds };
  }
  if (!screen.cellCursor) return null;
  const line = lineAtY(screen, e.y);
  if (line === undefined) return null;
  return { type: 'select', row: line, col: columnAtX(screen, e.x), bounds };
}
