/**
 * The dashboard's background work after the first frame comes in small steps
 * (one view built, or a hundred rows warmed), so a key waits for one step at
 * most; warming makes statuses and search text, never a row's cells.
 */
import { describe, expect, it } from 'vitest';
import { isProjected } from '../../source/ui/state/screen.js';
import { backgroundSteps, type Choice, type TableOf, WARM_CHUNK } from '../../source/ui/tableOf.js';
import { buildView } from '../../source/views/index.js';
import { cellsBuilt } from '../../source/views/lazy.js';
import { type TableModel, VIEW_NAMES } from '../../source/views/types.js';
import { bigLandscape } from '../helpers/bigLandscape.js';

describe('background steps', () => {
  it('build each view once, then warm the lazy rows a chunk a step, building no cells', () => {
    const land = bigLandscape(4, 450);
    const vendors = land.vendors.map((v) => v.id);
    const tables = new Map<string, TableModel>();
    const calls: string[] = [];
    const of: TableOf = (view) => {
      calls.push(view);
      let t = tables.get(view);
      if (!t) {
        t = buildView(view, land, { vendors }).table;
        tables.set(view, t);
      }
      return t;
    };
    let steps = 0;
    for (const _ of backgroundSteps(of, vendors)) steps++;
    expect(calls).toEqual([...VIEW_NAMES]);
    expect(steps).toBe(VIEW_NAMES.length + Math.ceil(450 / WARM_CHUNK));
    const features = tables.get('features') as TableModel;
    expect(features.rows.filter(cellsBuilt)).toEqual([]);
  });

  it("build each view with the user's choice and measure it as the screen will, so the first Tab does neither", () => {
    const land = bigLandscape(3, 40);
    const vendors = land.vendors.map((v) => v.id);
    const choice: Choice = { weights: { c0: 2 }, require: [], minCoverage: 0.5 };
    const seen: (Choice | undefined)[] = [];
    const tables: TableModel[] = [];
    const of: TableOf = (view, v, c) => {
      seen.push(c);
      const t = buildView(view, land, { vendors: [...v] }).table;
      tables.push(t);
      return t;
    };
    for (const _ of backgroundSteps(of, vendors, [], choice, true));
    expect(seen).toEqual(VIEW_NAMES.map(() => choice));
    for (const t of tables) {
      expect(isProjected(t, vendors, true)).toBe(true);
      expect(isProjected(t, vendors, false)).toBe(false);
    }
  });
});
