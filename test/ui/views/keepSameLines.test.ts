/**
 * A table redrawn after a cursor move keeps the arrays of the lines that did
 * not change, so their memoised SegLine is not drawn again; the lines read
 * exactly as a fresh draw.
 */
import { describe, expect, it } from 'vitest';
import { keepSameLines } from '../../../source/ui/segs.js';
import { filterAndSort, project, shape } from '../../../source/ui/state/screen.js';
import { uiTheme } from '../../../source/ui/uiTheme.js';
import { type DrawInput, drawBody, geometry } from '../../../source/ui/views/table/tableLines.js';
import { buildView } from '../../../source/views/index.js';
import { bigLandscape } from '../../helpers/bigLandscape.js';

describe('keepSameLines', () => {
  const land = bigLandscape(4, 200);
  const vendors = land.vendors.map((v) => v.id);
  const table = buildView('features', land, { vendors }).table;
  const p = project(table, vendors, false);
  const sorted = filterAndSort(p, false, undefined);
  const lines = shape(table, sorted.rows, sorted.total, []).lines;
  const draw = (row: number): DrawInput => ({
    p,
    lines,
    nav: { row, col: 1, top: 0, left: table.frozen },
    geo: geometry(p, 100, false, table.frozen),
    width: 100,
    height: 20,
    cellCursor: true,
    rowHighlight: false,
    matches: new Set(),
    theme: uiTheme(0),
    ascii: false,
  });

  it('a cursor move gives new arrays only to the two lines it changed', () => {
    const before = drawBody(draw(1));
    const after = keepSameLines(before, drawBody(draw(2)));
    expect(after).toEqual(drawBody(draw(2)));
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [i]));
    expect(changed).toEqual([1, 2]);
  });

  it('lines past the end of the earlier draw are the new ones', () => {
    const short = drawBody(draw(1)).slice(0, 5);
    const next = drawBody(draw(1));
    const kept = keepSameLines(short, next);
    expect(kept.slice(0, 5).every((l, i) => l === short[i])).toBe(true);
    expect(kept.slice(5).every((l, i) => l === next[i + 5])).toBe(true);
  });
});
