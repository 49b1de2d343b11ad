/**
 * Builds view models on demand and caches them (pure: the dashboard's useTables
 * and the first frame, drawn before Ink is loaded, share one cache). The matrix views are built
 * once with every vendor and narrowed by projection (cheap), so the vendor
 * picker never rebuilds a 5,000-row matrix; the small views are rebuilt for
 * the shown vendors. After the first frame the other views are built in the
 * background, then the large tables' lazy rows are warmed (statuses and
 * search text) a hundred rows at a time: one small step per tick, so a
 * key waits for at most one step, and the first search or `d` finds the work done.
 */
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import type { Weights } from '../model/score.js';
import { haystack } from '../model/search.js';
import { buildView } from '../views/index.js';
import { type TableModel, VIEW_NAMES, type ViewName } from '../views/types.js';
import { projectKept } from './state/screen.js';
import { specOf } from './views/registry.js';

/** What the user decided that changes the scorecard and the overview: weights, must-haves, minimum coverage. */
export interface Choice {
  weights?: Weights;
  require?: readonly string[];
  minCoverage?: number;
}

export type TableOf = (view: ViewName, vendors: readonly string[], choice?: Choice) => TableModel;

/** Rows warmed per background step. */
export const WARM_CHUNK = 100;

/** A cache of view models for one landscape: each built on its first request. */
export function tableCache(land: Landscape, freshness?: Freshness): TableOf {
  const cache = new Map<string, TableModel>();
  const all = land.vendors.map((v) => v.id);
  return (view, vendors, choice = {}) => {
    const { projected, weighted, shortlisted, screenTable } = specOf(view);
    const weights = weighted ? choice.weights : undefined;
    const minCoverage = weighted ? choice.minCoverage : undefined;
    const require = shortlisted && choice.require && choice.require.length > 0 ? choice.require : undefined;
    const w =
      weights || require || minCoverage !== undefined ? `|${JSON.stringify([weights, require, minCoverage])}` : '';
    const key = projected ? `${view}|*` : `${view}|${vendors.join(',')}${w}`;
    let t = cache.get(key);
    if (!t) {
      t = buildView(view, land, {
        vendors: projected ? all : vendors,
        weights,
        freshness,
        require,
        minCoverage,
      }).table;
      if (screenTable) t = screenTable(t, land);
      if (cache.size > 40) cache.clear();
      cache.set(key, t);
    }
    return t;
  };
}

/**
 * The background work after the first frame, one step per `next()`: each view
 * built, then what views draw beyond their tables (`warm`, one step each), then
 * every lazy row's statuses and search text made, WARM_CHUNK rows a step.
 */
export function* backgroundSteps(
  of: TableOf,
  vendors: readonly string[],
  warm: readonly (() => void)[] = [],
  choice: Choice = {},
  ascii?: boolean,
): Generator<void> {
  const tables: TableModel[] = [];
  for (const view of VIEW_NAMES) {
    // Built with the user's choice, so the screen finds the very table it asks for (weights,
    // must-haves and minimum coverage are part of the cache key), and measured as the screen
    // measures it, so the first Tab to the view does neither.
    const table = of(view, vendors, choice);
    tables.push(table);
    if (ascii !== undefined) projectKept(table, vendors, ascii);
    yield;
  }
  for (const w of warm) {
    w();
    yield;
  }
  for (const table of tables) {
    const rows = table.rows;
    if (!rows[0]?.peek) continue;
    for (let start = 0; start < rows.length; start += WARM_CHUNK) {
      for (const row of rows.slice(start, start + WARM_CHUNK)) {
        row.peek?.status(row.peek.length - 1);
        haystack(row);
      }
      yield;
    }
  }
}
