/** Keys people bring from VisiData, k9s, lazygit and less: first/last column, status filter, stepping in the evidence pane. */
import { describe, expect, it } from 'vitest';
import { type Bounds, initialState, reduce, STATUS_CYCLE } from '../../../source/ui/state/reducer.js';
import { filterAndSort, project } from '../../../source/ui/state/screen.js';
import type { TableModel } from '../../../source/views/types.js';

function bounds(over: Partial<Bounds> = {}): Bounds {
  return {
    lines: 20,
    page: 10,
    widths: [30, 12, 12, 12, 12, 12, 12],
    frozen: 1,
    avail: 70,
    cellCursor: true,
    matches: [],
    headers: new Map(),
    groups: [],
    groupRows: new Map(),
    overlayLines: 30,
    overlayPage: 10,
    ...over,
  };
}

const start = () => initialState({ view: 'features', vendors: [], allVendors: ['a', 'b'] });

describe('0 and $', () => {
  it('go to the first and the last column, scrolling to show it', () => {
    let s = reduce(start(), { type: 'command', id: 'col.last', bounds: bounds() });
    expect(s.nav.features.col).toBe(6);
    expect(s.nav.features.left).toBeGreaterThan(1);
    s = reduce(s, { type: 'command', id: 'col.first', bounds: bounds() });
    expect(s.nav.features.col).toBe(0);
    expect(s.nav.features.left).toBe(1);
  });
});

describe('f', () => {
  it('cycles GA, Preview, Partial, None, Unknown, then every row', () => {
    let s = start();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      s = reduce(s, { type: 'command', id: 'filter.status', bounds: bounds() });
      seen.push(s.statusFilter);
    }
    expect(seen).toEqual([...STATUS_CYCLE, null]);
  });

  it('keeps the rows where a shown vendor has the status', () => {
    const table: TableModel = {
      view: 'features',
      title: 't',
      frozen: 1,
      columns: [
        { id: 'f', title: 'Feature' },
        { id: 'a', title: 'A', status: true, vendor: 'a' },
        { id: 'b', title: 'B', status: true, vendor: 'b' },
      ],
      rows: [
        { id: 'r1', cells: [{ text: 'one' }, { text: '', status: 'ga' }, { text: '', status: 'none' }] },
        { id: 'r2', cells: [{ text: 'two' }, { text: '', status: 'ga' }, { text: '', status: 'ga' }] },
        { id: 'r3', cells: [{ text: 'three' }, { text: '', status: 'unknown' }, { text: '', status: 'none' }] },
      ],
    };
    const both = project(table, ['a', 'b'], false);
    expect(filterAndSort(both, false, undefined, 'none').rows.map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(filterAndSort(both, false, undefined, 'ga').rows.map((r) => r.id)).toEqual(['r1', 'r2']);
    // Only the shown vendors count.
    const onlyA = project(table, ['a'], false);
    expect(filterAndSort(onlyA, false, undefined, 'none').rows).toEqual([]);
  });
});

describe('stepping in the evidence pane', () => {
  it('moves the cursor to the neighbouring cell and shows its evidence, the pane staying open', () => {
    const target = { kind: 'cell', cellKind: 'feature', row: 'r1', vendor: 'a' } as const;
    let s = reduce(start(), { type: 'open', target, bounds: bounds() });
    s = reduce(s, { type: 'command', id: 'cursor.right', bounds: bounds() });
    const next = { ...target, vendor: 'b' };
    s = reduce(s, { type: 'peek', col: 2, target: next, bounds: bounds() });
    expect(s.overlay).toEqual({ kind: 'evidence', target: next, scroll: 0 });
    expect(s.nav.features.col).toBe(2);
  });

  it('does nothing once the pane is closed', () => {
    const s = reduce(start(), {
      type: 'peek',
      col: 2,
      target: { kind: 'cell', cellKind: 'feature', row: 'r1', vendor: 'b' },
      bounds: bounds(),
    });
    expect(s.overlay).toBeNull();
  });
});
