/**
 * The dashboard's Ctrl-S outside the screen: the view as shown, printed in the
 * format its file name asks for, written without replacing a file unless the
 * user said yes. runDashboard hands this to the UI as a callback.
 */
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import { printableView, render } from '../print/index.js';
import { makeTheme } from '../theme.js';
import type { Saved, Shown } from '../ui/effects.js';
import { buildView } from '../views/index.js';
import { extensionHint, formatForPath, saveText } from './save.js';

/** Width of a saved plain-text table: wide enough that nothing is cut. */
const SAVED_TABLE_WIDTH = 400;

export function saveShown(
  land: Landscape,
  file: string,
  shown: Shown,
  overwrite: boolean,
  opts: { ascii: boolean; freshness?: Freshness },
): Saved {
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
  const r = saveText(file, text, overwrite);
  if (r.ok) return { message: `Saved to ${r.path}` };
  return r.reason === 'exists' ? { message: r.message, exists: true } : { message: `Not saved: ${r.message}` };
}
