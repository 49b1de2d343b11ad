import { describe, expect, it } from 'vitest';
import { allAgree } from '../../source/model/filter.js';
import { findMatches, nextMatch } from '../../source/model/search.js';
import { compareCells, sortWithinGroups } from '../../source/model/sort.js';

describe('search', () => {
  const rows = [
    { cells: [{ text: 'Managed Spark' }], searchText: 'runs on clusters' },
    { cells: [{ text: 'Spot training' }], searchText: 'Only in two REGIONS' },
    { cells: [{ text: '日本語 feature' }] },
  ];
  it('matches cell text and notes, case-insensitively', () => {
    expect(findMatches(rows, (r) => r, 'spark')).toEqual([0]);
    expect(findMatches(rows, (r) => r, 'regions')).toEqual([1]);
    expect(findMatches(rows, (r) => r, '日本')).toEqual([2]);
    expect(findMatches(rows, (r) => r, '  ')).toEqual([]);
  });
  it('next and previous matches wrap around', () => {
    expect(nextMatch([2, 5], 5, 1)).toBe(2);
    expect(nextMatch([2, 5], 2, -1)).toBe(5);
    expect(nextMatch([2, 5], 2, 1, true)).toBe(2);
    expect(nextMatch([], 0, 1)).toBeUndefined();
  });
});

describe('filter and sort', () => {
  it('allAgree', () => {
    expect(allAgree(['ga', 'ga'])).toBe(true);
    expect(allAgree(['ga', 'none'])).toBe(false);
    expect(allAgree([])).toBe(true);
  });
  it('sorts statuses GA first, numbers as numbers, stably within groups, empties last', () => {
    expect(compareCells({ text: '', status: 'ga' }, { text: '', status: 'none' })).toBeLessThan(0);
    expect(compareCells({ text: '9' }, { text: '10' })).toBeLessThan(0);
    // Amounts compare by the key the view gives them, never by their text.
    expect(compareCells({ text: '$1.5 billion', sort: 1.5e9 }, { text: '$900 million', sort: 9e8 })).toBeGreaterThan(0);
    const items = [
      { g: 'a', t: '3' },
      { g: 'a', t: '' },
      { g: 'a', t: '1' },
      { g: 'b', t: '2' },
    ];
    const asc = sortWithinGroups(
      items,
      (i) => i.g,
      (i) => ({ text: i.t }),
      'asc',
    ).map((i) => i.t);
    expect(asc).toEqual(['1', '3', '', '2']);
    const desc = sortWithinGroups(
      items,
      (i) => i.g,
      (i) => ({ text: i.t }),
      'desc',
    ).map((i) => i.t);
    expect(desc).toEqual(['3', '1', '', '2']);
  });
});
