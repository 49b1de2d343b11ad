/**
 * What Enter on a scorecard score opens: how the score is made. A category
 * score lists the features behind it with their statuses, points, dates and
 * notes; an overall score lists each category's score, weight and share. Pure.
 */
import type { Status } from '../../data/schema.js';
import { claimAge, type Freshness, isStaleClaim } from '../../model/freshness.js';
import { cellOf, type Landscape } from '../../model/landscape.js';
import { knownOf, pointsOf, STATUS_POINTS, scoreVendor, type Weights } from '../../model/score.js';
import { percent, staleGlyph } from '../../text/format.js';
import { visibleLine } from '../../text/visible.js';
import { weightText } from '../scorecard.js';
import { statusLabel } from '../status.js';
import { type Doc, type DocLine, para } from './doc.js';

export interface ScoreCtx {
  land: Landscape;
  width: number;
  ascii: boolean;
  weights?: Weights;
  freshness?: Freshness;
  /** How the key that opens evidence is named (the dashboard's keymap says; `Enter` by default). */
  openKey?: string;
}

const pointText = (s: Status) => (s === 'unknown' ? 'left out' : `${STATUS_POINTS[s]} pt`);

/** One category's score for one vendor, down to the cells. */
function categoryScoreDoc(c: ScoreCtx, category: string, vendor: string): Doc {
  const { land } = c;
  const vname = visibleLine(land.vendorById.get(vendor)?.name ?? vendor);
  const cat = land.categoryById.get(category);
  const s = scoreVendor(land, vendor, c.weights).categories.find((x) => x.category === category);
  const lines: DocLine[] = [];
  if (s) {
    const known = knownOf(s.counts);
    const half = s.counts.preview + s.counts.partial;
    lines.push([
      { text: 'Score: ', tone: 'label' },
      { text: percent(s.score), tone: 'heading' },
      {
        text:
          known === 0
            ? '  (no known cell)'
            : `  = (${s.counts.ga} GA + ½ × ${half} Preview/Partial) ÷ ${known} known = ${pointsOf(s.counts)} ÷ ${known}`,
        tone: 'muted',
      },
    ]);
    lines.push([
      { text: 'Weight: ', tone: 'label' },
      { text: s.weight === 0 ? '0 (excluded from the overall score)' : weightText(s.weight) },
    ]);
    if (s.counts.unknown > 0)
      lines.push([
        { text: 'Unknown: ', tone: 'label' },
        {
          text: `${s.counts.unknown} cell${s.counts.unknown === 1 ? '' : 's'}, left out of the score`,
          tone: 'warning',
        },
      ]);
  }
  lines.push([], [{ text: 'Cells behind it', tone: 'heading' }]);
  for (const f of land.features.filter((x) => x.category === category)) {
    const cell = cellOf(land, vendor, f.id);
    const age = c.freshness ? claimAge(land, cell, c.freshness) : undefined;
    const stale = isStaleClaim(land, cell, c.freshness);
    lines.push([
      { text: statusLabel(cell.status, c.ascii).padEnd(10), status: cell.status },
      { text: ` ${visibleLine(f.name)}`, tone: 'heading' },
      { text: `  ${pointText(cell.status)}`, tone: 'muted' },
      ...(age ? [{ text: `  as of ${age.date}`, tone: 'muted' as const }] : []),
      ...(stale ? [{ text: ` ${staleGlyph(c.ascii)} stale`, tone: 'warning' as const }] : []),
    ]);
    if (cell.note) lines.push(...para(cell.note, c.width, '    '));
  }
  lines.push(
    [],
    ...para(`${c.openKey ?? 'Enter'} on a cell in the Features view (2) shows its sources.`, c.width, '', 'muted'),
  );
  return { title: `Score: ${visibleLine(cat?.name ?? category)} — ${vname}`, lines };
}

/** A vendor's overall score: each category's score, weight and share of the total. */
function overallScoreDoc(c: ScoreCtx, vendor: string): Doc {
  const { land } = c;
  const vname = visibleLine(land.vendorById.get(vendor)?.name ?? vendor);
  const v = scoreVendor(land, vendor, c.weights);
  const den = v.categories.reduce((a, x) => a + (x.score !== undefined && x.weight > 0 ? x.weight : 0), 0);
  const lines: DocLine[] = [
    [
      { text: 'Overall: ', tone: 'label' },
      { text: percent(v.score), tone: 'heading' },
      { text: `  = Σ weight × score ÷ Σ weight (${weightText(den)}) over ${v.scored} categories`, tone: 'muted' },
    ],
    [],
    [{ text: 'Score   Weight  Share  Category', tone: 'heading' }],
  ];
  for (const x of v.categories) {
    const name = visibleLine(land.categoryById.get(x.category)?.name ?? x.category);
    const counted = x.score !== undefined && x.weight > 0;
    const share = counted && den > 0 ? `${Math.round(((x.weight * (x.score ?? 0)) / den) * 100)} pt` : '—';
    const why = x.weight === 0 ? '  excluded' : x.score === undefined ? '  no known cell' : '';
    lines.push([
      { text: percent(x.score).padStart(5) },
      { text: weightText(x.weight).padStart(9), tone: x.weight === 0 ? 'muted' : undefined },
      { text: share.padStart(7), tone: 'muted' },
      { text: `  ${name}` },
      { text: `${why}${x.counts.unknown ? `  (${x.counts.unknown}?)` : ''}`, tone: 'warning' },
    ]);
  }
  lines.push(
    [],
    ...para('Share: how many points of the overall percentage the category brings.', c.width, '', 'muted'),
  );
  return { title: `Overall score — ${vname}`, lines };
}

export function scoreCellDoc(c: ScoreCtx, row: string, vendor: string): Doc {
  return row === 'overall' ? overallScoreDoc(c, vendor) : categoryScoreDoc(c, row, vendor);
}
