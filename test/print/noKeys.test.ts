/**
 * What a view says about itself (its notes, legends, stale note) is printed
 * too, where no key does anything: it names no dashboard key. The dashboard
 * adds its own key lines (see the views' specs).
 */
import { describe, expect, it } from 'vitest';
import { buildView } from '../../source/views/index.js';
import { VIEW_NAMES } from '../../source/views/types.js';
import { bundledLandscape } from '../helpers/render.js';

const land = bundledLandscape();
const vendors = land.vendors.map((v) => v.id);
// A far-off today, so every stale note is there too.
const freshness = { today: '2028-01-01', staleAfter: { amount: 12, unit: 'm' as const } };
const KEYS = /\b(Enter|Esc|Escape|Tab|Space|press|Ctrl-\w)\b/;

describe.each(VIEW_NAMES)('the %s view', (name) => {
  it('names no key in its notes', () => {
    const { table } = buildView(name, land, { vendors, freshness });
    const said = [...(table.notes ?? []), table.stale ?? '', ...(table.sections ?? []).flatMap((s) => s.notes ?? [])];
    expect(said.filter((l) => KEYS.test(l))).toEqual([]);
  });
});
