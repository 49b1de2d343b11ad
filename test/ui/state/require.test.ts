import { describe, expect, it } from 'vitest';
import { type Bounds, initialState, reduce } from '../../../source/ui/state/reducer.js';

const bounds: Bounds = {
  lines: 10,
  page: 10,
  widths: [30, 12],
  frozen: 1,
  avail: 70,
  cellCursor: true,
  matches: [],
  headers: new Map(),
  groups: [],
  groupRows: new Map(),
  overlayLines: 0,
  overlayPage: 10,
};
const toggle = (s: ReturnType<typeof initialState>, arg?: string) =>
  reduce(s, { type: 'command', id: 'require.toggle', arg, bounds });

describe('must-haves in the reducer', () => {
  it('start from --require and --min-coverage', () => {
    const s = initialState({ view: 'features', vendors: [], allVendors: ['a'], require: ['spot'], minCoverage: 0.5 });
    expect(s.require).toEqual(['spot']);
    expect(s.minCoverage).toBe(0.5);
  });

  it('toggle the row under the cursor, and say so', () => {
    let s = initialState({ view: 'features', vendors: [], allVendors: ['a'], require: ['spot'] });
    s = toggle(s, 'registry');
    expect(s.require).toEqual(['spot', 'registry']);
    expect(s.message).toContain('registry is a must-have');
    s = toggle(s, 'spot');
    expect(s.require).toEqual(['registry']);
    expect(s.message).toContain('no longer a must-have');
  });

  it('need a row', () => {
    const s = toggle(initialState({ view: 'features', vendors: [], allVendors: ['a'] }));
    expect(s.require).toEqual([]);
    expect(s.message).toContain('Put the cursor on a row');
  });
});
