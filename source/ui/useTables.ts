/**
 * Builds view models on demand and caches them. The matrix views are built
 * once with every vendor and narrowed by projection (cheap), so the vendor
 * picker never rebuilds a 5,000-row matrix; the small views are rebuilt for
 * the shown vendors. After the first frame the other views are built in the
 * background, then the large tables' lazy rows are warmed (statuses and
 * search text) a hundred rows at a time: one small step per tick, so a
 * key waits for at most one step, and the first search or `d` finds the work done.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import type { Weights } from '../model/score.js';
import { haystack } from '../model/search.js';
import { buildView } from '../views/index.js';
import { type TableModel, VIEW_NAMES, type ViewName } from '../views/types.js';
import type { NavState } from './state/reducer.js';
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

function tableCache(land: Landscape, freshness?: Freshness): TableOf {
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

/** Props: the landscape, the shown vendors and choices (for background builds), the freshness settings, and ASCII mode. */
export function useTables(
  land: Landscape,
  shown: Pick<NavState, 'vendors' | 'weights' | 'require' | 'minCoverage'>,
  freshness?: Freshness,
  ascii?: boolean,
): TableOf {
  const { vendors, weights, require, minCoverage } = shown;
  const ref = useRef<{ land: Landscape; freshness?: Freshness; of: TableOf } | null>(null);
  if (!ref.current || ref.current.land !== land || ref.current.freshness !== freshness)
    ref.current = { land, freshness, of: tableCache(land, freshness) };
  const of = ref.current.of;
  useEffect(() => {
    const warm = VIEW_NAMES.flatMap((v) => {
      const w = specOf(v).warm;
      return w ? [() => w(land, { vendors, weights, require, minCoverage })] : [];
    });
    const steps = backgroundSteps(of, vendors, warm, { weights, require, minCoverage }, ascii);
    let timer: NodeJS.Timeout | undefined;
    const next = () => {
      if (!steps.next().done) timer = setTimeout(next, 0);
    };
    timer = setTimeout(next, 30);
    return () => clearTimeout(timer);
  }, [of, land, vendors, weights, require, minCoverage, ascii]);
  return useCallback<TableOf>((view, v, c) => of(view, v, c), [of]);
}
