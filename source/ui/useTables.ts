/**
 * The dashboard's table cache (tableOf.ts) for its landscape, and the
 * background work after the first frame: each view built, then the large
 * tables' lazy rows warmed, one small step per tick.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import { VIEW_NAMES } from '../views/types.js';
import type { NavState } from './state/reducer.js';
import { backgroundSteps, type TableOf, tableCache } from './tableOf.js';
import { specOf } from './views/registry.js';

/**
 * Props: the landscape, the shown vendors and choices (for background builds), the freshness settings, ASCII
 * mode, and the cache the first frame built (for this landscape and freshness), if it was drawn before Ink.
 */
export function useTables(
  land: Landscape,
  shown: Pick<NavState, 'vendors' | 'weights' | 'require' | 'minCoverage'>,
  freshness?: Freshness,
  ascii?: boolean,
  first?: TableOf,
): TableOf {
  const { vendors, weights, require, minCoverage } = shown;
  const ref = useRef<{ land: Landscape; freshness?: Freshness; of: TableOf } | null>(null);
  if (!ref.current || ref.current.land !== land || ref.current.freshness !== freshness)
    ref.current = { land, freshness, of: (!ref.current && first) || tableCache(land, freshness) };
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
