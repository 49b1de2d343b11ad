/**
 * Builds view models on demand and caches them. The matrix views are built
 * once with every vendor and narrowed by projection (cheap), so the vendor
 * picker never rebuilds a 5,000-row matrix; the small views are rebuilt for
 * the shown vendors. After the first frame the other views are built in the
 * background, one per tick, so the first frame stays fast and Tab is instant.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import type { Weights } from '../model/score.js';
import { buildView } from '../views/index.js';
import { type TableModel, VIEW_NAMES, type ViewName } from '../views/types.js';
import { specOf } from './views/registry.js';

/** What the user decided that changes the scorecard and the overview: weights, must-haves, minimum coverage. */
export interface Choice {
  weights?: Weights;
  require?: readonly string[];
  minCoverage?: number;
}

export type TableOf = (view: ViewName, vendors: readonly string[], choice?: Choice) => TableModel;

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

/** Props: the landscape, the shown vendors (for background builds), and the freshness settings. */
export function useTables(land: Landscape, vendors: readonly string[], freshness?: Freshness): TableOf {
  const ref = useRef<{ land: Landscape; freshness?: Freshness; of: TableOf } | null>(null);
  if (!ref.current || ref.current.land !== land || ref.current.freshness !== freshness)
    ref.current = { land, freshness, of: tableCache(land, freshness) };
  const of = ref.current.of;
  useEffect(() => {
    let i = 0;
    let timer: NodeJS.Timeout | undefined;
    const next = () => {
      const view = VIEW_NAMES[i++];
      if (!view) return;
      of(view, vendors);
      timer = setTimeout(next, 0);
    };
    timer = setTimeout(next, 30);
    return () => clearTimeout(timer);
  }, [of, vendors]);
  return useCallback<TableOf>((view, v, c) => of(view, v, c), [of]);
}
