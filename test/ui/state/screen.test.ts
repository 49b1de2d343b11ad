/** The pure table stages behind every frame: projection, the differences filter, the sort, shaping into lines, matches. */
import { describe, expect, it } from 'vitest';
import { filterAndSort, matchLines, project, shape } from '../../../source/ui/state/screen.js';
import type { TableModel } from '../../../source/views/types.js';

const TABLE: TableModel = {
  view: 'features',
  title: 'Features',
  frozen: 1,
  columns: [
    { id: 'name', title: 'Feature' },
    { id: 'a', title: 'Alpha', status: true, vendor: 'a', minWidth: 9, maxWidth: 24 },
    { id: 'b', title: 'Beta', status: true, vendor: 'b', minWidth: 9, maxWidth: 24 },
  ],
  groups: [
    { id: 'train', name: 'Training' },
    { id: 'serve', name: 'Serving' },
  ],
  rows: [
    {
      id: 'r1',
      group: 'train',
      cells: [{ text: 'Multi-node' }, { text: '', status: 'ga' }, { text: '', status: 'ga' }],
    },
    {
      id: 'r2',
      group: 'train',
      cells: [{ text: 'Spot' }, { text: '', status: 'partial' }, { text: '', status: 'none' }],
    },
    {
      id: 'r3',
      group: 'serve',
      cells: [{ text: 'Endpoints' }, { text: '', status: 'ga' }, { text: '', status: 'preview' }],
    },
  ],
};

describe('project', () => {
  it.each([
    [
      ['a', 'b'],
      ['name', 'a', 'b'],
    ],
    [
      ['b', 'a'],
      ['name', 'b', 'a'],
    ],
    [['b'], ['name', 'b']],
    [[], ['name']],
  ])('shows vendors %j as columns %j', (vendors, ids) => {
    const p = project(TABLE, vendors, false);
    expect(p.columns.map((c) => c.id)).toEqual(ids);
    expect(p.statusCols).toEqual(ids.slice(1).map((_, i) => i + 1));
  });

  it('measures text columns by their widest cell and status columns by the widest status word', () => {
    const p = project(TABLE, ['a', 'b'], false);
    expect(p.widths).toEqual([10, 9, 9]);
  });
});

describe('filterAndSort', () => {
  it.each([
    [false, undefined, ['r1', 'r2', 'r3']],
    [true, undefined, ['r2', 'r3']],
    [false, { col: 'name', dir: 'asc' as const }, ['r1', 'r2', 'r3']],
    [false, { col: 'name', dir: 'desc' as const }, ['r2', 'r1', 'r3']],
    [false, { col: 'b', dir: 'asc' as const }, ['r1', 'r2', 'r3']],
  ])('differences only %s, sort %j: %j', (diffOnly, sort, ids) => {
    const p = project(TABLE, ['a', 'b'], false);
    const { rows, total } = filterAndSort(p, diffOnly, sort);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(total).toBe(3);
  });
});

describe('shape', () => {
  it.each([
    [[], ['train', 'r1', 'r2', 'serve', 'r3'], [0, 3]],
    [['train'], ['train', 'serve', 'r3'], [0, 1]],
    [
      ['train', 'serve'],
      ['train', 'serve'],
      [0, 1],
    ],
  ])('folded %j gives lines %j with headers at %j', (folded, ids, headers) => {
    const shaped = shape(TABLE, TABLE.rows, 3, folded);
    expect(shaped.lines.map((l) => (l.kind === 'group' ? l.id : l.row.id))).toEqual(ids);
    expect([...shaped.headers.keys()]).toEqual(headers);
    expect(shaped.groups).toEqual(['train', 'serve']);
    expect(Object.fromEntries(shaped.groupRows)).toEqual({ train: 2, serve: 1 });
  });

  it('a table without groups is one line a row', () => {
    const shaped = shape({ ...TABLE, groups: undefined }, TABLE.rows, 3, []);
    expect(shaped.lines).toHaveLength(3);
    expect(shaped.groups).toEqual([]);
  });
});

describe('matchLines', () => {
  it.each([
    ['spot', [2]],
    ['', []],
    ['zzz', []],
  ])('%j matches lines %j', (query, lines) => {
    expect(matchLines(shape(TABLE, TABLE.rows, 3, []).lines, query)).toEqual(lines);
  });
});
