/** Search looks in folded categories too: it counts their rows, lands on them and unfolds the category it lands in. */
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { foldedLine, groupOfOpen, openLine } from '../../source/ui/state/screen.js';
import { appsUnmountedAfterEach, KEYS } from '../helpers/render.js';
import { SMALL } from '../helpers/tmp.js';

const small = buildLandscape(loadOrThrow(SMALL).dataset);
const open = appsUnmountedAfterEach();

describe('search and folds', () => {
  it('Z folds every category; / finds a folded row, unfolds its category and puts the cursor on it', async () => {
    const app = await open({ land: small, view: 'features', columns: 120 });
    await app.press('Z');
    expect(app.frame()).toContain('2 folded');
    expect(app.frame()).not.toContain('Real-time endpoints');
    await app.press('/', 'r', 'e', 'a', 'l');
    expect(app.frame()).toContain('1 match');
    await app.press(KEYS.enter);
    const f = app.frame();
    expect(f).toContain('/real 1/1');
    expect(f).toMatch(/▸ Real-time endpoints/);
    // Only the category it landed in unfolds.
    expect(f).toContain('Training (2 folded)');
    expect(f).toContain('1 folded');
  });

  it('n moves into the next folded category and unfolds it', async () => {
    const app = await open({ land: small, view: 'features', columns: 120 });
    await app.press('Z', '/', 't', 'r', 'a', 'i', 'n', 'i', 'n', 'g', KEYS.enter);
    expect(app.frame()).toMatch(/▸ Multi-node training/);
    expect(app.frame()).toContain('Serving (1 folded)');
    await app.press('n');
    expect(app.frame()).toMatch(/▸ Spot training/);
  });
});

describe('lines with and without folds', () => {
  const layout = {
    groups: ['a', 'b', 'c'],
    groupRows: new Map([
      ['a', 2],
      ['b', 3],
      ['c', 1],
    ]),
  };
  // Open lines: a=0 (rows 1,2), b=3 (rows 4,5,6), c=7 (row 8).
  it('map both ways, a folded group’s rows to its header', () => {
    const folded = new Set(['b']);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((o) => foldedLine(layout, folded, o))).toEqual([0, 1, 2, 3, 3, 3, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((l) => openLine(layout, folded, l))).toEqual([0, 1, 2, 3, 7, 8]);
    expect([0, 2, 3, 6, 7, 8].map((o) => groupOfOpen(layout, o))).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
    const none = new Set<string>();
    for (let o = 0; o < 9; o++) expect(openLine(layout, none, foldedLine(layout, none, o))).toBe(o);
  });

  it('are the same line in a table without groups', () => {
    const flat = { groups: [], groupRows: new Map() };
    expect(foldedLine(flat, new Set(), 5)).toBe(5);
    expect(openLine(flat, new Set(), 5)).toBe(5);
  });
});
