/** The frame's derived screen (screenOf), each stage memoised so a cursor move recomputes only the window drawn. */
import { useMemo } from 'react';
import { type Screen, type Size, screenOf } from './screenOf.js';
import type { NavState } from './state/reducer.js';
import type { TableOf } from './tableOf.js';

export function useScreen(state: NavState, size: Size, tableOf: TableOf, ascii: boolean, overlayLines: number): Screen {
  // Every stage runs in the same order on every call, as hooks must.
  return screenOf(state, size, tableOf, ascii, overlayLines, useMemo);
}
