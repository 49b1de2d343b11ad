/** Column widths shared by the screen and printed tables. */
import { describe, expect, it } from 'vitest';
import { cellText, columnsThatFit, fitWidths } from '../../source/views/layout.js';

describe('fitWidths', () => {
  it.each([
    [[10, 10, 10], 40, [10, 10, 10]],
    [[30, 10, 10], 30, [8, 9, 9]],
    [[30, 10, 10], 10, [4, 4, 4]],
  ])('fits %j into %i cells as %j', (natural, total, widths) => {
    const cols = natural.map((_, i) => ({ id: `c${i}`, title: '', minWidth: 4 }));
    expect(fitWidths(natural, cols, total)).toEqual(widths);
  });
});

describe('columnsThatFit', () => {
  const cols = [10, 10, 10, 10].map((w, i) => ({ id: `c${i}`, title: '', minWidth: w }));
  it.each([
    [100, 0, 0, [0, 1, 2, 3]],
    [22, 0, 0, [0, 1]],
    [22, 2, 1, [0, 2]],
    [5, 0, 0, [0]],
  ])('%i cells from %i, %i frozen: %j', (total, from, frozen, shown) => {
    expect(columnsThatFit(cols, total, from, frozen)).toEqual(shown);
  });
});

describe('cellText', () => {
  it.each([
    [{ text: 'plain' }, false, 'plain'],
    [{ text: '', status: 'ga' as const }, false, '✓ GA'],
    [{ text: '', status: 'ga' as const, stale: true }, false, '✓ GA†'],
    [{ text: '', status: 'none' as const, stale: true }, true, 'x None*'],
    [{ text: 'a\u001bb\nc' }, false, 'a\\x1bb c'],
  ])('%j (ascii %s) reads %j', (cell, ascii, text) => {
    expect(cellText(cell, ascii)).toBe(text);
  });
});
