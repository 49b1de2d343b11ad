/**
 * The Scorecard view's own lines under the scores: how the score under the
 * cursor is made (counts, formula, weight), and the ranking, best first. Pure.
 */
import type { Landscape } from '../../../model/landscape.js';
import { knownOf, pointsOf } from '../../../model/score.js';
import { clip } from '../../../text/fit.js';
import { percent } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import { type ScorecardModel, weightText } from '../../../views/scorecard.js';
import type { Seg } from '../../components/SegLine.js';
import { keyFor } from '../../keys/keymap.js';
import type { UiTheme } from '../../uiTheme.js';

/** How the score at (row, vendor) is made, in one line. */
export function howLine(
  land: Landscape,
  m: ScorecardModel,
  row: string | undefined,
  vendor: string | undefined,
  width: number,
  theme: UiTheme,
): Seg[] {
  const vname = (id: string) => visibleLine(land.vendorById.get(id)?.name ?? id);
  let text: string;
  if (!row) text = '';
  else if (row === 'overall') {
    const v = m.vendors.find((x) => x.vendor === vendor);
    text = v
      ? `Overall · ${vname(v.vendor)}: ${percent(v.score)} = Σ weight × score ÷ Σ weight over ${v.scored} categories${v.unknown ? `; ${v.unknown} Unknown cells left out` : ''} · ${keyFor('open')}: each category's share`
      : `Overall: the weighted mean of the category scores · ${keyFor('open')} on a vendor: each category’s share`;
  } else {
    const c = m.categories.find((x) => x.id === row);
    const i = vendor ? m.vendors.findIndex((x) => x.vendor === vendor) : -1;
    const s = i >= 0 ? c?.byVendor[i] : undefined;
    const weight = c ? (c.weight === 0 ? 'excluded (0)' : `×${weightText(c.weight)}`) : '';
    if (c && s && vendor) {
      const known = knownOf(s.counts);
      const half = s.counts.preview + s.counts.partial;
      const how =
        known === 0
          ? 'no known cell'
          : `(${s.counts.ga} GA + ½×${half}) ÷ ${known} known = ${pointsOf(s.counts)}/${known}`;
      text = `${visibleLine(c.name)} · ${vname(vendor)}: ${percent(s.score)} = ${how}${s.counts.unknown ? `, ${s.counts.unknown}? left out` : ''} · weight ${weight} · ${keyFor('open')}: the cells`;
    } else
      text = c
        ? `${visibleLine(c.name)}: weight ${weight} · ${keyFor('weight.up')} more  ${keyFor('weight.down')} less  ${keyFor('weight.off')} exclude`
        : '';
  }
  return [{ text: clip(text, width), color: theme.muted }];
}

/** The ranking in one line, with short labels so four vendors fit in 80 columns. */
export function rankingLine(
  m: ScorecardModel,
  width: number,
  theme: UiTheme,
  labels: ReadonlyMap<string, string>,
): Seg[] {
  const segs: Seg[] = [{ text: 'Ranking ', bold: true }];
  m.ranking.forEach((r, i) => {
    segs.push({ text: `${i === 0 ? '' : '  '}${r.rank}. `, color: theme.muted });
    segs.push({ text: visibleLine(labels.get(r.vendor) ?? r.vendor), bold: true });
    segs.push({ text: ` ${percent(r.score)}` });
  });
  if (!m.equal) segs.push({ text: '  (your weights)', color: theme.warning });
  let used = 0;
  return segs.map((s) => {
    const t = clip(s.text, Math.max(0, width - used));
    used += t.length;
    return { ...s, text: t };
  });
}
