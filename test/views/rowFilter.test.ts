/** The row filter shared by the printed views and the dashboard. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { filterAndSort, project } from '../../source/ui/state/screen.js';
import { buildView } from '../../source/views/index.js';
import { filterRows, filterTable, filterView, isActive, type RowFilter } from '../../source/views/rowFilter.js';
import type { TableModel } from '../../source/views/types.js';

function land(file = 'test/fixtures/small.yaml') {
  const r = loadDataset(file);
  if (!r.ok) throw new Error('fixture invalid');
  return buildLandscape(r.loaded.dataset, '2027-01-12');
}

const ids = (t: Pick<TableModel, 'rows'>) => t.rows.map((r) => r.id);

describe('row filters', () => {
  const l = land();
  const vendors = ['alpha', 'beta'];
  const features = buildView('features', l, { vendors }).table;

  it('nothing asked: every row, the same array', () => {
    expect(isActive({})).toBe(false);
    expect(isActive({ search: '   ' })).toBe(false);
    expect(filterRows(features, {})).toBe(features.rows);
  });

  it('differences only keeps the rows where the shown vendors disagree', () => {
    expect(ids(filterTable(features, { differencesOnly: true }))).toEqual(['spot', 'endpoints']);
  });

  it('categories keep their rows and only the groups that still have rows', () => {
    const t = filterTable(features, { categories: ['serving'] });
    expect(ids(t)).toEqual(['endpoints']);
    expect(t.groups?.map((g) => g.id)).toEqual(['serving']);
  });

  it('statuses keep rows where any shown vendor has one of them', () => {
    expect(ids(filterTable(features, { statuses: ['preview'] }))).toEqual(['endpoints']);
    expect(ids(filterTable(features, { statuses: ['unknown', 'partial'] }))).toEqual(['spot']);
  });

  it('search matches cells and notes, case-insensitively, as / does', () => {
    expect(ids(filterTable(features, { search: 'REGIONS' }))).toEqual(['spot']);
    expect(ids(filterTable(features, { search: 'endpoints' }))).toEqual(['endpoints']);
  });

  it('filters combine: every one must pass', () => {
    const f: RowFilter = { differencesOnly: true, categories: ['training'], search: 'spot' };
    expect(ids(filterTable(features, f))).toEqual(['spot']);
    expect(ids(filterTable(features, { ...f, statuses: ['ga'] }))).toEqual([]);
  });

  it('the dashboard keeps the same rows as the printed view, for the same vendors', () => {
    // The dashboard builds every vendor and projects; the printer builds the shown ones.
    const all = buildView('features', l, { vendors: l.vendors.map((v) => v.id) }).table;
    for (const shown of [['alpha', 'beta'], ['beta'], ['beta', 'alpha']]) {
      for (const f of [{ differencesOnly: true }, { statuses: ['none' as const] }, { search: 'preview' }]) {
        const screen = filterAndSort(project(all, shown, false), f, undefined).rows;
        const printed = filterTable(buildView('features', l, { vendors: shown }).table, f);
        expect(ids({ rows: screen }), `${shown} ${JSON.stringify(f)}`).toEqual(ids(printed));
      }
    }
  });

  it('narrows the JSON object to the same rows and the sources they cite', () => {
    const view = filterView(buildView('features', l, { vendors }), { categories: ['serving'] }, l);
    const json = view.json as unknown as { rows: { id: string }[]; sources: { id: string }[]; filter: unknown };
    expect(json.rows.map((r) => r.id)).toEqual(['endpoints']);
    expect(json.sources.map((s) => s.id).sort()).toEqual(['alpha-docs', 'beta-blog', 'beta-docs']);
    expect(json.filter).toEqual({ differencesOnly: false, categories: ['serving'], statuses: [], search: '' });
  });

  it('the Changes view filters by the status a change leads to, and keeps events in step', () => {
    const lc = land('test/fixtures/lifecycle.yaml');
    const view = filterView(buildView('changes', lc, { vendors }), { statuses: ['none'] }, lc);
    const json = view.json as unknown as { events: { to?: string }[] };
    expect(view.table.rows.length).toBe(json.events.length);
    expect(json.events.length).toBeGreaterThan(0);
    expect(json.events.every((e) => e.to === 'none')).toBe(true);
  });
});
