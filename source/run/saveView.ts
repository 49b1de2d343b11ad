/**
 * The dashboard's Ctrl-S outside the screen: the view as shown, printed in the
 * format its file name asks for, written without replacing a file unless the
 * user said yes. runDashboard hands this to the UI as a callback.
 */

import { stringify } from 'yaml';
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import { printableView, render } from '../print/index.js';
import { makeTheme } from '../theme.js';
import type { Saved, Shown } from '../ui/effects.js';
import { buildView } from '../views/index.js';
import { extensionHint, formatForPath, isProfilePath, saveText } from './save.js';

/** Width of a saved plain-text table: wide enough that nothing is cut. */
const SAVED_TABLE_WIDTH = 400;

export function saveShown(
  land: Landscape,
  file: string,
  shown: Shown,
  overwrite: boolean,
  opts: { ascii: boolean; freshness?: Freshness },
): Saved {
  if (isProfilePath(file)) return written(saveText(file, profileText(shown, opts.freshness), overwrite));
  const format = formatForPath(file);
  if (!format) return { message: `Not saved: ${extensionHint()}` };
  const built = buildView(shown.view, land, {
    vendors: [...shown.vendors],
    weights: shown.weights,
    require: shown.require,
    minCoverage: shown.minCoverage,
    freshness: opts.freshness,
  });
  const text = render({ ...printableView(built), table: shown.table }, format, {
    width: SAVED_TABLE_WIDTH,
    theme: makeTheme(0),
    ascii: opts.ascii,
  });
  return written(saveText(file, text, overwrite));
}

function written(r: ReturnType<typeof saveText>): Saved {
  if (r.ok) return { message: `Saved to ${r.path}` };
  return r.reason === 'exists' ? { message: r.message, exists: true } : { message: `Not saved: ${r.message}` };
}

/**
 * The decision as a --profile file: the shown vendors, the weights that differ
 * from 1, the must-haves, the minimum coverage (percent) and the stale threshold,
 * so `trainscape --profile FILE` (or `report --profile FILE`) re-runs it.
 */
export function profileText(shown: Shown, freshness?: Freshness): string {
  const weights = Object.fromEntries(Object.entries(shown.weights ?? {}).filter(([, w]) => w !== 1));
  const profile = {
    vendors: [...shown.vendors],
    ...(Object.keys(weights).length > 0 ? { weights } : {}),
    ...(shown.require && shown.require.length > 0 ? { require: [...shown.require] } : {}),
    ...(shown.minCoverage !== undefined ? { minCoverage: Math.round(shown.minCoverage * 100) } : {}),
    ...(freshness ? { staleAfter: `${freshness.staleAfter.amount}${freshness.staleAfter.unit}` } : {}),
  };
  return `# A trainscape profile: trainscape --profile THIS_FILE (flags given on the command line win)\n${stringify(profile)}`;
}
