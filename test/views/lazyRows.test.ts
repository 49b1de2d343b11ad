/**
 * The feature matrix builds its rows lazily: a row's cells are made when
 * something reads them (the rows a screen draws), while the diff, status
 * filter, search and sort read statuses and text through the row's `peek`.
 * These tests pin that only the drawn rows are built and that a lazy table
 * shows exactly what a fully built one does.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { filterAndSort, matchLines, project, shape } from '../../source/ui/state/screen.js';
import { uiTheme } from '../../source/ui/uiTheme.js';
import { type DrawInput, drawBody, geometry } from '../../source/ui/views/table/tableLines.js';
import { tableAsShown } from '../../source/views/asShown.js';
import { claimCell } from '../../source/views/claim.js';
import { buildView } from '../../source/views/index.js';
import { cellsBuilt } from '../../source/views/lazy.js';
import { filterRows } from '../../source/views/rowFilter.js';
import type { TableModel } from '../../source/views/types.js';
import { bigLandscape } from '../helpers/bigLandscape.js';

const land = bigLandscape(8, 600);
const vendors = land.vendors.map((v) => v.id);
const freshness = { today: '2027-06-01', staleAfter: { amount: 12, unit: 'm' as const } };
const lazyTable = () => buildView('features', land, { vendors, freshness }).table;
/** The same table with every row's cells made (plain rows), as a full build would give. */
const eager = (t: TableModel): TableModel => ({
  ...t,
  rows: t.rows.map((r) => ({ id: r.id, group: r.group, cells: r.cells, searchText: r.searchText })),
});
const built = (t: TableModel) => t.rows.filter(cellsBuilt).length;

function draw(t: TableModel, top: number, opts: { diff?: boolean; query?: string } = {}) {
  const p = project(t, vendors, false);
  const sorted = filterAndSort(p, opts.diff ?? false, undefined);
  const shaped = shape(t, sorted.rows, sorted.total, []);
  const geo = geometry(p, 120, false, t.frozen);
  const matches = new Set(matchLines(shaped.lines, opts.query ?? ''));
  const d: DrawInput = {
    p,
    lines: shaped.lines,
    nav: { row: top, col: 1, top, left: t.frozen },
    geo,
    width: 120,
    height: 30,
    cellCursor: true,
    rowHighlight: false,
    matches,
    query: opts.query,
    theme: uiTheme(0),
    ascii: false,
  };
  return drawBody(d);
}

describe('lazy feature rows', () => {
  it('building the matrix makes no row’s cells', () => {
    const t = lazyTable();
    expect(t.rows).toHaveLength(600);
    expect(built(t)).toBe(0);
  });

  it('drawing a window builds only the rows in it, and scrolling builds only the rows scrolled to', () => {
    const t = lazyTable();
    draw(t, 0);
    // 30 screen lines: category headers and rows; never more rows than lines.
    const first = built(t);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(30);
    draw(t, 300);
    expect(built(t)).toBeLessThanOrEqual(60);
  });

  it('draws the same lines as a fully built table at every scroll position', () => {
    const lazy = lazyTable();
    const full = eager(lazyTable());
    for (const top of [0, 17, 250, 599]) expect(draw(lazy, top)).toEqual(draw(full, top));
    for (const top of [0, 40]) expect(draw(lazy, top, { diff: true })).toEqual(draw(full, top, { diff: true }));
    expect(draw(lazy, 0, { query: 'note for f12 ' })).toEqual(draw(full, 0, { query: 'note for f12 ' }));
  });

  it('differences only, the status filter, search and sort see every row without building it', () => {
    const lazy = lazyTable();
    const full = eager(lazyTable());
    const pl = project(lazy, vendors, false);
    const pf = project(full, vendors, false);
    const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
    expect(ids(filterAndSort(pl, true, undefined).rows)).toEqual(ids(filterAndSort(pf, true, undefined).rows));
    expect(ids(filterAndSort(pl, false, undefined, 'preview').rows)).toEqual(
      ids(filterAndSort(pf, false, undefined, 'preview').rows),
    );
    const sort = { col: 'v3', dir: 'desc' as const };
    expect(ids(filterAndSort(pl, false, sort).rows)).toEqual(ids(filterAndSort(pf, false, sort).rows));
    const search = { search: 'Note for f12 at v2' };
    expect(ids(filterAndSort(pl, search, undefined).rows)).toEqual(ids(filterAndSort(pf, search, undefined).rows));
    const lines = (t: TableModel) => shape(t, t.rows, t.rows.length, []).lines;
    expect(matchLines(lines(lazy), 'preview')).toEqual(matchLines(lines(full), 'preview'));
    expect(built(lazy)).toBe(0);
  });

  it('a saved view (the shown columns only) reads its cells, not the matrix’s peek', () => {
    const lazy = lazyTable();
    const shown = tableAsShown(lazy, { columns: [0, 3, 1], rows: lazy.rows.slice(0, 20) });
    expect(shown.rows.every((r) => r.peek === undefined)).toBe(true);
    const full = tableAsShown(eager(lazyTable()), { columns: [0, 3, 1], rows: eager(lazyTable()).rows.slice(0, 20) });
    expect(filterRows(shown, { statuses: ['ga'] }).map((r) => r.id)).toEqual(
      filterRows(full, { statuses: ['ga'] }).map((r) => r.id),
    );
  });

  it('a row’s peek agrees with its cells', () => {
    for (const row of lazyTable().rows.slice(0, 50)) {
      const peek = row.peek;
      expect(peek?.length).toBe(row.cells.length);
      row.cells.forEach((cell, i) => {
        expect(peek?.text(i)).toBe(cell.text);
        expect(peek?.status(i)).toBe(cell.status);
      });
    }
  });
});

describe('the matrix legend without building the cells', () => {
  it('names the same marks (stale, dated change, weak evidence) as every cell built', () => {
    const r = loadDataset('test/fixtures/lifecycle.yaml');
    if (!r.ok) throw new Error('fixture invalid');
    const l = buildLandscape(r.loaded.dataset, '2027-01-12');
    const f = { today: '2027-01-12', staleAfter: { amount: 1, unit: 'm' as const } };
    const shown = l.vendors.map((v) => v.id);
    const t = buildView('features', l, { vendors: shown, freshness: f }).table;
    const seen = { stale: false, change: false, weak: false };
    for (const row of t.rows)
      for (const cell of row.cells)
        if (cell.ref)
          claimCell(
            l,
            l.dataset.cells[cell.ref.vendor]?.[cell.ref.row] ?? { status: 'unknown', sources: [] },
            cell.ref,
            f,
            seen,
          );
    expect(Boolean(t.stale)).toBe(seen.stale);
    expect(t.marks ?? { change: false, weak: false }).toEqual({ change: seen.change, weak: seen.weak });
    expect(seen.change || seen.stale || seen.weak).toBe(true);
  });
});
