import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYMAP } from '../../../source/ui/keys/keymap.js';
import {
  type Action,
  type Bounds,
  clampNav,
  initialState,
  type NavState,
  reduce,
} from '../../../source/ui/state/reducer.js';
import { shape } from '../../../source/ui/state/screen.js';
import { type TableModel, VIEW_NAMES } from '../../../source/views/types.js';

const VENDORS = ['a', 'b', 'c', 'd'];

function bounds(over: Partial<Bounds> = {}): Bounds {
  return {
    lines: 50,
    page: 10,
    widths: [30, 12, 12, 12, 12],
    frozen: 1,
    avail: 70,
    cellCursor: true,
    matches: [],
    headers: new Map([
      [0, 'g1'],
      [20, 'g2'],
    ]),
    groups: ['g1', 'g2'],
    groupRows: new Map([
      ['g1', 19],
      ['g2', 29],
    ]),
    overlayLines: 30,
    overlayPage: 10,
    colId: 'feature',
    ...over,
  };
}

const start = () => initialState({ view: 'features', vendors: [], allVendors: VENDORS });
const cmd = (
  s: NavState,
  id: Action extends infer A ? (A extends { id: infer I } ? I : never) : never,
  b = bounds(),
  arg?: string,
) => reduce(s, { type: 'command', id, arg, bounds: b });

describe('navigation reducer', () => {
  it('moves, pages and jumps within bounds', () => {
    let s = cmd(start(), 'cursor.down');
    expect(s.nav.features.row).toBe(1);
    s = cmd(s, 'page.down');
    expect(s.nav.features.row).toBe(11);
    expect(s.nav.features.top).toBeGreaterThan(0);
    s = cmd(s, 'jump.bottom');
    expect(s.nav.features.row).toBe(49);
    expect(s.nav.features.top).toBe(40);
    s = cmd(s, 'half.up');
    expect(s.nav.features.row).toBe(44);
    s = cmd(s, 'jump.top');
    expect(s.nav.features).toMatchObject({ row: 0, top: 0 });
    s = cmd(s, 'cursor.up');
    expect(s.nav.features.row).toBe(0);
  });

  it('scrolls vendor columns so the cursor column stays visible, first column frozen', () => {
    let s = start();
    for (let i = 0; i < 4; i++) s = cmd(s, 'cursor.right');
    // 30 + 2 + 12 + 2 + 12 + 2 + 12 = 72 > 70: only two scrolled columns fit beside the frozen one.
    expect(s.nav.features.col).toBe(4);
    expect(s.nav.features.left).toBe(3);
    s = cmd(s, 'cursor.right');
    expect(s.nav.features.col).toBe(4);
    for (let i = 0; i < 3; i++) s = cmd(s, 'cursor.left');
    expect(s.nav.features.left).toBe(1);
  });

  it('switches views with Tab, Shift-Tab and numbers, keeping each view its own cursor', () => {
    let s = cmd(start(), 'cursor.down');
    s = cmd(s, 'view.next');
    expect(s.view).toBe('compute');
    expect(s.nav.compute.row).toBe(0);
    s = cmd(s, 'view.prev');
    expect(s.nav.features.row).toBe(1);
    s = cmd(s, 'view.goto', bounds(), '7');
    expect(s.view).toBe('sources');
    s = cmd(s, 'view.next');
    expect(s.view).toBe('changes');
    s = cmd(s, 'view.next');
    expect(s.view).toBe('overview');
  });

  it('cycles the sort on the cursor column: ascending, descending, off', () => {
    let s = cmd(start(), 'sort.cycle', bounds({ colId: 'a' }));
    expect(s.sort.features).toEqual({ col: 'a', dir: 'asc' });
    s = cmd(s, 'sort.cycle', bounds({ colId: 'a' }));
    expect(s.sort.features).toEqual({ col: 'a', dir: 'desc' });
    s = cmd(s, 'sort.cycle', bounds({ colId: 'a' }));
    expect(s.sort.features).toBeUndefined();
  });

  it('folds the group under the cursor, and every group', () => {
    let s = cmd(start(), 'jump.bottom');
    s = cmd(s, 'fold.toggle');
    expect(s.folded.features).toEqual(['g2']);
    expect(s.nav.features.row).toBe(20);
    s = cmd(s, 'fold.all');
    expect(s.folded.features).toEqual(['g1', 'g2']);
    s = cmd(s, 'fold.all');
    expect(s.folded.features).toEqual([]);
  });

  it('never hides the last vendor', () => {
    let s = cmd(start(), 'vendors.open');
    s = cmd(s, 'picker.only');
    expect(s.vendors).toEqual(['a']);
    s = cmd(s, 'picker.toggle');
    expect(s.vendors).toEqual(['a']);
    expect(s.message).toMatch(/At least one vendor/);
    s = cmd(s, 'picker.all');
    expect(s.vendors).toEqual(VENDORS);
  });

  it('search jumps to the first match from where it started; n and N wrap', () => {
    let s = cmd(start(), 'search.start');
    expect(s.search.editing).toBe(true);
    s = reduce(s, { type: 'search.type', text: 'x', bounds: bounds({ matches: [5, 30] }) });
    expect(s.nav.features.row).toBe(5);
    s = cmd(s, 'search.accept', bounds({ matches: [5, 30] }));
    s = cmd(s, 'search.next', bounds({ matches: [5, 30] }));
    expect(s.nav.features.row).toBe(30);
    s = cmd(s, 'search.next', bounds({ matches: [5, 30] }));
    expect(s.nav.features.row).toBe(5);
    s = cmd(s, 'search.prev', bounds({ matches: [5, 30] }));
    expect(s.nav.features.row).toBe(30);
    s = cmd(s, 'close');
    expect(s.search.query).toBe('');
  });

  it('q and Ctrl-C quit', () => {
    expect(cmd(start(), 'quit').quit).toBe(true);
    expect(cmd(start(), 'interrupt').quit).toBe(true);
  });
});

const boundsArb = fc.record({
  lines: fc.integer({ min: 0, max: 300 }),
  page: fc.integer({ min: 1, max: 60 }),
  widths: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 }),
  frozen: fc.integer({ min: 0, max: 2 }),
  avail: fc.integer({ min: 10, max: 250 }),
  cellCursor: fc.boolean(),
  overlayLines: fc.integer({ min: 0, max: 100 }),
  overlayPage: fc.integer({ min: 1, max: 40 }),
});

const ids = KEYMAP.map((c) => c.id);
const actionArb = fc.oneof(
  fc.record({
    type: fc.constant('command' as const),
    id: fc.constantFrom(
      ...ids.filter(
        (id) => !['open', 'search.backspace', 'prompt.backspace', 'evidence.prev', 'evidence.next'].includes(id),
      ),
    ),
    arg: fc.constantFrom('1', '4', '7', '9', undefined),
  }),
  fc.record({ type: fc.constant('search.type' as const), text: fc.string({ maxLength: 4 }) }),
  fc.record({
    type: fc.constant('open' as const),
    target: fc.constantFrom(null, { kind: 'row' as const, view: 'deals' as const, row: 'x' }),
  }),
  fc.record({
    type: fc.constant('peek' as const),
    col: fc.nat(8),
    target: fc.constant({ kind: 'cell' as const, cellKind: 'feature' as const, row: 'x', vendor: 'a' }),
  }),
);

describe('navigation reducer properties', () => {
  it('any sequence of actions keeps the cursor, scroll and selection in bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(actionArb, boundsArb, fc.array(fc.nat(300), { maxLength: 5 })), { maxLength: 40 }),
        (steps) => {
          let s = start();
          for (const [a, raw, m] of steps) {
            const matches = [...new Set(m.filter((x) => x < raw.lines))].sort((x, y) => x - y);
            const b: Bounds = { ...raw, matches, headers: new Map(), groups: [], groupRows: new Map(), colId: 'c' };
            const before = s.view;
            s = reduce(s, { ...a, bounds: b } as Action);
            // Bounds describe the view they were measured in: after a switch, the new view's cursor is
            // clamped to its own bounds when it is drawn (useScreen's clampNav), so it is checked that way.
            const n = s.view === before ? s.nav[s.view] : clampNav(s.nav[s.view], b);
            expect(n.row).toBeGreaterThanOrEqual(0);
            expect(n.row).toBeLessThanOrEqual(Math.max(0, b.lines - 1));
            expect(n.top).toBeGreaterThanOrEqual(0);
            expect(n.top).toBeLessThanOrEqual(n.row);
            expect(n.row).toBeLessThan(n.top + b.page);
            expect(n.col).toBeGreaterThanOrEqual(0);
            expect(n.col).toBeLessThan(b.widths.length);
            expect(n.left).toBeLessThanOrEqual(Math.max(b.frozen, b.widths.length - 1));
            expect(VIEW_NAMES).toContain(s.view);
            expect(s.vendors.length).toBeGreaterThan(0);
            for (const v of s.vendors) expect(VENDORS).toContain(v);
            expect(new Set(s.vendors).size).toBe(s.vendors.length);
            if (s.overlay?.kind === 'vendors') {
              expect(s.overlay.cursor).toBeGreaterThanOrEqual(0);
              expect(s.overlay.cursor).toBeLessThan(VENDORS.length);
            }
            if (s.overlay && s.overlay.kind !== 'vendors') {
              expect(s.overlay.scroll).toBeGreaterThanOrEqual(0);
              expect(s.overlay.scroll).toBeLessThanOrEqual(Math.max(0, b.overlayLines - b.overlayPage));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A grouped table: `sizes[i]` rows in group `g<i>`. */
function groupedTable(sizes: readonly number[]): TableModel {
  return {
    view: 'features',
    title: 'Features',
    frozen: 1,
    columns: [{ id: 'name', title: 'Name' }],
    groups: sizes.map((_, i) => ({ id: `g${i}`, name: `Group ${i}` })),
    rows: sizes.flatMap((n, i) =>
      Array.from({ length: n }, (_, k) => ({ id: `r${i}-${k}`, group: `g${i}`, cells: [{ text: `r${k}` }] })),
    ),
  };
}

/** The bounds the dashboard would pass for this state: lines and groups shaped with the state's folds. */
function groupedBounds(table: TableModel, s: NavState, page: number): Bounds {
  const shaped = shape(table, table.rows, table.rows.length, s.folded[s.view] ?? []);
  return {
    ...bounds(),
    lines: shaped.lines.length,
    page,
    headers: shaped.headers,
    groups: shaped.groups,
    groupRows: shaped.groupRows,
  };
}

describe('folding with real categories', () => {
  it('fold.all and fold.toggle leave the cursor on the header of the group it was in', () => {
    const foldArb = fc.oneof(
      fc.constant({ type: 'command' as const, id: 'fold.all' as const }),
      fc.constant({ type: 'command' as const, id: 'fold.toggle' as const }),
      fc.record({
        type: fc.constant('command' as const),
        id: fc.constantFrom('cursor.down' as const, 'cursor.up' as const, 'page.down' as const, 'jump.bottom' as const),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(foldArb, { maxLength: 30 }),
        (sizes, page, steps) => {
          const table = groupedTable(sizes);
          let s = start();
          for (const a of steps) {
            const before = shape(table, table.rows, table.rows.length, s.folded[s.view] ?? []);
            const b = groupedBounds(table, s, page);
            const row = s.nav[s.view].row;
            const line = before.lines[row];
            const group = line?.kind === 'group' ? line.id : line?.row.group;
            s = reduce(s, { ...a, bounds: b });
            if (a.id !== 'fold.all' && a.id !== 'fold.toggle') continue;
            // The next frame clamps with the new shape; the cursor must be on its group's header.
            s = reduce(s, { type: 'clamp', bounds: groupedBounds(table, s, page) });
            const after = shape(table, table.rows, table.rows.length, s.folded[s.view] ?? []);
            const now = after.lines[s.nav[s.view].row];
            expect(now?.kind).toBe('group');
            if (now?.kind === 'group') expect(now.id).toBe(group);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
