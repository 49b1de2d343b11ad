/**
 * The dashboard's background work after the first frame comes in small steps
 * (one view built, or a hundred rows warmed), so a key waits for one step at
 * most; warming makes statuses and search text, never a row's cells.
 */
import { describe, expect, it } from 'vitest';
import { backgroundSteps, type TableOf, WARM_CHUNK } from '../../source/ui/useTables.js';
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
});
