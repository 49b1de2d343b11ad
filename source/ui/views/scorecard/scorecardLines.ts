/**
 * The Scorecard view's own lines under the scores: how the score under the
 * cursor is made (counts, formula, weight, range), the ranking (best first,
 * `=` for a tie, the vendors not ranked after), and a line that explains:
 * at which weight of the category under the cursor the leader changes, why
 * each `=` is a tie and why a vendor is not ranked. Pure.
 */
import type { Landscape } from '../../../model/landscape.js';
import { knownOf, pointsOf } from '../../../model/score.js';
import { clip } from '../../../text/fit.js';
import { percent } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import { explanations, keptScorecardModel, type ScorecardModel, weightText } from '../../../views/scorecard.js';
import { rangeText, rankText, sensitivityText, widens } from '../../../views/scoreText.js';
import { keyFor } from '../../keys/keymap.js';
import { clipSegs, type Seg, toHeight } from '../../segs.js';
import type { UiTheme } from '../../uiTheme.js';
import type { BodyInput } from '../spec.js';
import { tableBodyLines } from '../table/tableLines.js';
import { quadrantLines } from './quadrantLines.js';

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
      ? `Overall · ${vname(v.vendor)}: ${percent(v.score)} = Σ weight × score ÷ Σ weight over ${v.scored} categories${v.unknown ? `; ${v.unknown} Unknown cells left out, range ${rangeText(v.range)}` : ''} · ${keyFor('open')}: each category's share`
      : `Overall: the weighted mean of the category scores · ${keyFor('open')} on a vendor: each category’s share`;
  } else if (row === 'coverage' || row === 'rank' || row === 'must-haves') {
    const r = m.ranking.find((x) => x.vendor === vendor);
    const v = m.vendors.find((x) => x.vendor === vendor);
    const must = m.shortlist.find((x) => x.vendor === vendor);
    if (!r || !v) text = `Ranking needs ${percent(m.minCoverage)} of a vendor's cells known`;
    else if (row === 'coverage')
      text = `Coverage · ${vname(r.vendor)}: ${percent(v.coverage)} of the cells known (${v.unknown} Unknown); ranking needs ${percent(m.minCoverage)}`;
    else if (row === 'rank')
      text = r.ranked
        ? `Rank · ${vname(r.vendor)}: ${rankText(r)}${r.tiedWith.length > 0 ? `, tied with ${r.tiedWith.join(', ')} (ranges overlap)` : ''}`
        : `Rank · ${vname(r.vendor)}: not ranked (${r.why === 'eliminated' ? 'eliminated by a must-have' : r.why === 'no-score' ? 'no score' : 'too little known'})`;
    else
      text = must
        ? `Must-haves · ${vname(r.vendor)}: ${must.eliminated ? `eliminated, missing ${must.missing.join(', ')}` : 'all present'}${must.preview.length > 0 ? `; preview only: ${must.preview.join(', ')}` : ''}`
        : '';
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
      text = `${visibleLine(c.name)} · ${vname(vendor)}: ${percent(s.score)} = ${how}${s.counts.unknown ? `, ${s.counts.unknown}? left out (range ${rangeText(s.range)})` : ''} · weight ${weight} · ${keyFor('open')}: the cells`;
    } else
      text = c
        ? `${visibleLine(c.name)}: weight ${weight} · ${keyFor('weight.up')} more  ${keyFor('weight.down')} less  ${keyFor('weight.off')} exclude`
        : '';
  }
  return [{ text: clip(text, width), color: theme.muted }];
}

/** The ranking in one line, with short labels so four vendors fit in 80 columns: `1. azure-ml 93% =2. sagemaker 93%`. */
export function rankingLine(
  m: ScorecardModel,
  width: number,
  theme: UiTheme,
  labels: ReadonlyMap<string, string>,
): Seg[] {
  // With the ranges when they fit, else without; the vendors not ranked always keep their place at the end.
  const tail = tailSegs(m, theme, labels);
  const room = Math.max(0, width - segsWidth(tail));
  const full = rankedSegs(m, theme, labels, true);
  const ranked = segsWidth(full) <= room ? full : rankedSegs(m, theme, labels, false);
  // Cut short, the ranked part ends in an ellipsis so a vendor is never dropped without a sign.
  const cut = segsWidth(ranked) > room;
  const clipped = cut ? clipSegs(ranked, Math.max(0, room - 1)) : ranked;
  const ends =
    clipped
      .filter((x) => x.text !== '')
      .at(-1)
      ?.text.endsWith('…') ?? false;
  const shown = cut && !ends ? [...clipped, { text: '…', color: theme.muted }] : clipped;
  return clipSegs([...shown, ...tail], width);
}

const segsWidth = (segs: readonly Seg[]) => segs.reduce((n, s) => n + s.text.length, 0);

function rankedSegs(m: ScorecardModel, theme: UiTheme, labels: ReadonlyMap<string, string>, ranges: boolean): Seg[] {
  const segs: Seg[] = [{ text: 'Ranking ', bold: true }];
  const label = (v: string) => visibleLine(labels.get(v) ?? v);
  const ranked = m.ranking.filter((r) => r.ranked);
  ranked.forEach((r, i) => {
    segs.push({ text: `${i === 0 ? '' : '  '}${rankText(r)}. `, color: r.tiedAbove ? theme.warning : theme.muted });
    segs.push({ text: label(r.vendor), bold: true });
    segs.push({ text: ` ${percent(r.score)}${ranges && widens(r.range) ? ` (${rangeText(r.range)})` : ''}` });
  });
  if (ranked.length === 0) segs.push({ text: 'no vendor is ranked', color: theme.warning });
  return segs;
}

/** The vendors not ranked, and whether the weights are the user's. */
function tailSegs(m: ScorecardModel, theme: UiTheme, labels: ReadonlyMap<string, string>): Seg[] {
  const segs: Seg[] = [];
  const rest = m.ranking.filter((r) => !r.ranked);
  if (rest.length > 0) {
    segs.push({ text: '  not ranked: ', color: theme.muted });
    segs.push({ text: rest.map((r) => visibleLine(labels.get(r.vendor) ?? r.vendor)).join(', '), dim: true });
  }
  if (!m.equal) segs.push({ text: '  (your weights)', color: theme.warning });
  return segs;
}

/**
 * Why the ranking reads as it does: for the category under the cursor, at which
 * weight the leader changes; then why each `=` is a tie and each vendor is not ranked.
 */
export function explainLine(
  m: ScorecardModel,
  row: string | undefined,
  width: number,
  theme: UiTheme,
  labels: ReadonlyMap<string, string>,
): Seg[] {
  const label = (v: string) => visibleLine(labels.get(v) ?? v);
  const c = m.categories.find((x) => x.id === row);
  const parts: Seg[] = [];
  if (c) parts.push({ text: `${visibleLine(c.name)}: ${sensitivityText(c.sensitivity, label)}. ` });
  const why = explanations(m, label).join(' ');
  if (why) parts.push({ text: why, color: theme.muted });
  if (parts.length === 0)
    parts.push({ text: 'On a category: the weight at which the leader changes.', color: theme.muted });
  return clipSegs(parts, width);
}

/**
 * The Scorecard view's body: the weighted scores (a table with the cursor; + - 0 on a category row change its
 * weight), a line on how the score under the cursor is made, the ranking, a line on why (sensitivity, ties,
 * vendors not ranked), and the quadrant chart under them when it fits (or in place of the scores, toggled with c).
 */
export function scorecardBodyLines(input: BodyInput): Seg[][] {
  const { land, screen, state, width, theme, ascii } = input;
  const model = keptScorecardModel(land, {
    vendors: state.vendors,
    weights: state.weights,
    require: state.require,
    minCoverage: state.minCoverage,
  });
  const labels = new Map(model.quadrant.points.map((p) => [p.vendor, p.label]));
  const layout = screen.layout ?? { tableHeight: screen.bodyHeight, chartHeight: 0, chartOnly: false };
  const ranking = rankingLine(model, width, theme, labels);
  const chart = (height: number) => toHeight(quadrantLines({ q: model.quadrant, width, height, theme, ascii }), height);
  if (layout.chartOnly) {
    return toHeight([ranking, ...chart(Math.max(3, screen.fullBody))], screen.fullBody + (screen.header ? 1 : 0));
  }
  const line = screen.shaped.lines[screen.nav.row];
  const row = line?.kind === 'row' ? line.row.id : undefined;
  const vendor = screen.p.columns[screen.nav.col]?.vendor;
  return [
    ...tableBodyLines(input),
    howLine(land, model, row, vendor, width, theme),
    ranking,
    explainLine(model, row, width, theme, labels),
    ...(layout.chartHeight > 0 ? [[], ...chart(layout.chartHeight)] : []),
  ];
}
