/**
 * The evidence pane's content for whatever Enter opened: a claim with its
 * sources, a whole matrix row, a vendor, a deal, a market figure, a source and
 * the claims citing it. Pure: returns lines of styled segments, wrapped to a
 * width, every data string escaped with `visible`.
 */

import type { Cell, Source, Status } from '../../data/schema.js';
import { EVIDENCE_MEANING, evidenceOf } from '../../model/evidence.js';
import { ageText, claimAge, durationText, type Freshness, isStaleClaim } from '../../model/freshness.js';
import { cellOf, claimDate, computeCellOf, type Landscape } from '../../model/landscape.js';
import { type LiveCell, lifecycleEvents, relativeDay } from '../../model/lifecycle.js';
import type { Weights } from '../../model/score.js';
import { featureCounts, scoreOf } from '../../model/stats.js';
import { fullMoney, percent, staleGlyph } from '../../text/format.js';
import { visibleLine } from '../../text/visible.js';
import { eventId, eventSubject } from '../changes.js';
import { visibleClaims } from '../sources.js';
import { STATUS_MEANING, statusLabel } from '../status.js';
import type { Target } from '../types.js';
import { type Doc, type DocLine, field, para, type Segment, type Tone } from './doc.js';
import { scoreCellDoc } from './scores.js';

interface Ctx {
  land: Landscape;
  vendors: readonly string[];
  width: number;
  ascii: boolean;
  /** Scorecard weights (for a score's evidence). */
  weights?: Weights;
  /** Today and the stale threshold (claims older are marked stale, in words). */
  freshness?: Freshness;
  /** How the key that opens evidence is named (the dashboard's keymap says; `Enter` by default). */
  openKey?: string;
}

/** `As of` with the claim's age, and "stale" in words when it is older than the threshold. */
/** Row ids of market trends in the dashboard's Market view (`trend:<id>`). */
export const TREND_ROW = 'trend:';

function asOfLine(c: Ctx, cell: Cell): DocLine[] {
  if (!c.freshness) return field('As of', claimDate(c.land, cell), c.width);
  const age = claimAge(c.land, cell, c.freshness);
  const ageWords = ageText(age.date, c.freshness.today);
  const lines = field('As of', `${age.date} (${/^\d/.test(ageWords) ? `${ageWords} old` : ageWords})`, c.width);
  if (isStaleClaim(c.land, cell, c.freshness))
    lines.push([
      { text: 'Freshness: ', tone: 'label' },
      {
        text: `${staleGlyph(c.ascii)} STALE: older than ${durationText(c.freshness.staleAfter)}; re-check the sources`,
        tone: 'warning',
      },
    ]);
  return lines;
}

const vendorName = (land: Landscape, id: string) => visibleLine(land.vendorById.get(id)?.name ?? id);

function sourceLines(c: Ctx, ids: readonly string[], numbered = true): DocLine[] {
  const out: DocLine[] = [];
  if (ids.length === 0) {
    out.push([{ text: 'No sources cited.', tone: 'warning' }]);
    return out;
  }
  ids.forEach((id, i) => {
    const s: Source | undefined = c.land.sourceById.get(id);
    const mark = numbered ? `[${i + 1}] ` : '• ';
    if (!s) {
      out.push([{ text: `${mark}${visibleLine(id)} (unknown source)`, tone: 'warning' }]);
      return;
    }
    out.push(...para(`${mark}${s.title}`, c.width, '', 'accent'));
    const meta = [s.publisher, s.kind, `accessed ${s.accessed}`, s.published ? `published ${s.published}` : '']
      .filter(Boolean)
      .join(' · ');
    out.push(...para(meta, c.width, '    ', 'muted'));
    out.push([{ text: '    ' }, { text: visibleLine(s.url), url: s.url }]);
  });
  return out;
}

function cellDoc(c: Ctx, kind: 'feature' | 'compute', rowId: string, vendor: string): Doc {
  const { land } = c;
  const isFeature = kind === 'feature';
  const cell: Cell = isFeature ? cellOf(land, vendor, rowId) : computeCellOf(land, vendor, rowId);
  const feature = isFeature ? land.featureById.get(rowId) : undefined;
  const acc = isFeature ? undefined : land.accelerators.find((a) => a.id === rowId);
  const name = visibleLine(feature?.name ?? acc?.name ?? rowId);
  const lines: DocLine[] = [];
  lines.push(...field(isFeature ? 'Feature' : 'Accelerator', name, c.width));
  if (feature)
    lines.push(...field('Category', land.categoryById.get(feature.category)?.name ?? feature.category, c.width));
  if (acc) lines.push(...field('Maker', `${acc.maker}${acc.family ? ` · ${acc.family}` : ''}`, c.width));
  lines.push(...field('Vendor', vendorName(land, vendor), c.width));
  lines.push([
    { text: 'Status: ', tone: 'label' },
    { text: statusLabel(cell.status, c.ascii), status: cell.status },
    { text: ` — ${STATUS_MEANING[cell.status]}`, tone: 'muted' },
  ]);
  lines.push(...asOfLine(c, cell));
  lines.push(...evidenceLine(c, cell.sources));
  if (feature?.description) lines.push(...field('About', feature.description, c.width));
  lines.push([]);
  lines.push([{ text: 'Note', tone: 'heading' }]);
  lines.push(...para(cell.note ?? 'No note recorded.', c.width));
  lines.push(...changeLines(c, cell));
  lines.push([]);
  lines.push([{ text: `Sources (${cell.sources.length})`, tone: 'heading' }]);
  lines.push(...sourceLines(c, cell.sources));
  return { title: `${name} — ${vendorName(land, vendor)}`, lines };
}

/** The evidence strength of a claim, in words. */
function evidenceLine(c: Ctx, refs: readonly string[]): DocLine[] {
  const strength = evidenceOf(refs, c.land.sourceById);
  if (!strength) return field('Evidence', 'none: no source recorded', c.width);
  return field('Evidence', `${strength} — ${EVIDENCE_MEANING[strength]}`, c.width);
}

/** A claim's dated changes, oldest first, each with its day relative to today. */
function changeLines(c: Ctx, cell: Cell): DocLine[] {
  const changes = cell.changes ?? [];
  if (changes.length === 0) return [];
  const today = c.land.today;
  const out: DocLine[] = [[], [{ text: `Lifecycle (${changes.length})`, tone: 'heading' }]];
  let status = (cell as LiveCell).lifecycle?.base ?? cell.status;
  out.push([
    { text: '  Before: ', tone: 'label' },
    { text: statusLabel(status, c.ascii), status },
  ]);
  for (const change of changes) {
    status = change.status ?? status;
    out.push([
      { text: `  ${change.on} `, tone: change.on > today ? 'accent' : 'label' },
      { text: `(${relativeDay(change.on, today)}) ${change.kind}: `, tone: 'muted' },
      { text: statusLabel(status, c.ascii), status },
    ]);
    out.push(...para(change.note, c.width, '    '));
    if (change.sources.length > 0) out.push(...sourceLines(c, change.sources));
  }
  return out;
}

/** A lifecycle event from the Changes view: the claim, what changes on which day, and its evidence. */
function changeDoc(c: Ctx, id: string): Doc {
  const e = lifecycleEvents(c.land.raw, c.vendors).find((x) => eventId(x) === id);
  if (!e) return { title: id, lines: [[{ text: 'Unknown change' }]] };
  const subject = visibleLine(eventSubject(c.land, e));
  const lines: DocLine[] = [
    ...field('Date', `${e.on} (${relativeDay(e.on, c.land.today)})`, c.width),
    ...field('Kind', e.kind, c.width),
    ...field('Vendor', vendorName(c.land, e.vendor), c.width),
    ...field(
      e.subject === 'compute' ? 'Accelerator' : e.subject === 'feature' ? 'Feature' : 'Subject',
      subject,
      c.width,
    ),
  ];
  if (e.from && e.to)
    lines.push(
      e.from === e.to
        ? [
            { text: 'Status: ', tone: 'label' },
            { text: statusLabel(e.to, c.ascii), status: e.to },
            { text: ' (unchanged by this change)', tone: 'muted' },
          ]
        : [
            { text: 'Status: ', tone: 'label' },
            { text: statusLabel(e.from, c.ascii), status: e.from },
            { text: c.ascii ? ' -> ' : ' → ' },
            { text: statusLabel(e.to, c.ascii), status: e.to },
          ],
    );
  lines.push(...evidenceLine(c, e.sources));
  lines.push([], [{ text: 'Note', tone: 'heading' }], ...para(e.note, c.width));
  lines.push([], [{ text: `Sources (${e.sources.length})`, tone: 'heading' }], ...sourceLines(c, e.sources));
  return { title: `${subject} — ${vendorName(c.land, e.vendor)}: ${e.kind} on ${e.on}`, lines };
}

function matrixRowDoc(c: Ctx, kind: 'feature' | 'compute', rowId: string): Doc {
  const { land } = c;
  const isFeature = kind === 'feature';
  const feature = isFeature ? land.featureById.get(rowId) : undefined;
  const acc = isFeature ? undefined : land.accelerators.find((a) => a.id === rowId);
  const name = visibleLine(feature?.name ?? acc?.name ?? rowId);
  const lines: DocLine[] = [];
  if (feature?.description) lines.push(...para(feature.description, c.width), []);
  const allSources: string[] = [];
  for (const v of c.vendors) {
    const cell = isFeature ? cellOf(land, v, rowId) : computeCellOf(land, v, rowId);
    const refs = cell.sources.map((id) => {
      if (!allSources.includes(id)) allSources.push(id);
      return `[${allSources.indexOf(id) + 1}]`;
    });
    lines.push([
      { text: statusLabel(cell.status, c.ascii).padEnd(10), status: cell.status },
      { text: ` ${vendorName(land, v)}`, tone: 'heading' },
      { text: `  as of ${claimDate(land, cell)} ${refs.join('')}`, tone: 'muted' },
      ...(isStaleClaim(land, cell, c.freshness)
        ? [{ text: ` ${staleGlyph(c.ascii)} stale`, tone: 'warning' as Tone }]
        : []),
    ]);
    if (cell.note) lines.push(...para(cell.note, c.width, '    '));
  }
  lines.push([]);
  lines.push([{ text: `Sources (${allSources.length})`, tone: 'heading' }]);
  lines.push(...sourceLines(c, allSources));
  return { title: `${name} — every shown vendor`, lines };
}

function vendorDoc(c: Ctx, id: string): Doc {
  const v = c.land.vendorById.get(id);
  if (!v) return { title: id, lines: [[{ text: 'Unknown vendor' }]] };
  const lines: DocLine[] = [
    ...field('Parent', v.parent, c.width),
    ...(v.platform ? field('Platform', v.platform, c.width) : []),
    ...field('Training products', v.trainingProducts.join('; ') || '—', c.width),
    ...(v.pricingUnit ? field('Pricing unit', v.pricingUnit, c.width) : []),
    ...field('Open source', v.openSource.join(', ') || '—', c.width),
    ...(v.dataTieIn ? field('Data-platform tie-in', v.dataTieIn, c.width) : []),
  ];
  const counts = featureCounts(c.land, id);
  lines.push([
    { text: 'Features: ', tone: 'label' },
    ...(['ga', 'preview', 'partial', 'none', 'unknown'] as const).flatMap((s) => [
      { text: `${statusLabel(s, c.ascii)} ${counts[s]}`, status: s },
      { text: '  ' },
    ]),
  ]);
  if (v.homepage)
    lines.push([
      { text: 'Homepage: ', tone: 'label' },
      { text: visibleLine(v.homepage), url: v.homepage },
    ]);
  lines.push([], [{ text: `Sources (${v.sources.length})`, tone: 'heading' }], ...sourceLines(c, v.sources));
  return { title: visibleLine(v.name), lines };
}

function dealDoc(c: Ctx, id: string): Doc {
  const d = c.land.dataset.deals.find((x) => x.id === id);
  if (!d) return { title: id, lines: [[{ text: 'Unknown deal' }]] };
  const money = (m: typeof d.value) =>
    m
      ? `${m.text}${m.amount !== undefined ? ` (${fullMoney(m.amount, m.currency, m.comparator)})` : ''}`
      : 'undisclosed';
  const lines: DocLine[] = [
    ...field('Date', d.date, c.width),
    ...field('Kind', d.kind, c.width),
    ...(d.buyer ? field('Buyer / investors', d.buyer, c.width) : []),
    ...field('Target', d.target, c.width),
    ...field('Value', money(d.value), c.width),
    ...(d.valuation ? field('Valuation', money(d.valuation), c.width) : []),
    ...field('Status', d.status, c.width),
    ...field('Vendors', d.vendors.map((v) => vendorName(c.land, v)).join(', ') || 'industry context', c.width),
    ...evidenceLine(c, d.sources),
    [],
    [{ text: 'Note', tone: 'heading' }],
    ...para(d.note ?? 'No note recorded.', c.width),
    [],
    [{ text: `Sources (${d.sources.length})`, tone: 'heading' }],
    ...sourceLines(c, d.sources),
  ];
  return { title: `${visibleLine(d.buyer ? `${d.buyer} → ` : '')}${visibleLine(d.target)} (${d.kind})`, lines };
}

/** A market trend: its whole text and sources (Enter on a trend in the Market view). */
function trendDoc(c: Ctx, id: string): Doc {
  const t = c.land.dataset.trends.find((x) => x.id === id);
  if (!t) return { title: id, lines: [[{ text: 'Unknown trend' }]] };
  const lines: DocLine[] = [
    [{ text: 'Trend', tone: 'heading' }],
    ...para(t.text, c.width),
    ...evidenceLine(c, t.sources),
    [],
    [{ text: `Sources (${t.sources.length})`, tone: 'heading' }],
    ...sourceLines(c, t.sources),
  ];
  return { title: 'Market trend', lines };
}

function marketDoc(c: Ctx, id: string): Doc {
  if (id.startsWith(TREND_ROW)) return trendDoc(c, id.slice(TREND_ROW.length));
  const m = c.land.dataset.market.find((x) => x.id === id);
  if (!m) return { title: id, lines: [[{ text: 'Unknown figure' }]] };
  const lines: DocLine[] = [
    ...field('Year', `${m.year} (${m.kind})`, c.width),
    ...field('Value', m.value.text, c.width),
    ...evidenceLine(c, m.sources),
    ...(m.value.amount !== undefined
      ? field('Amount', fullMoney(m.value.amount, m.value.currency, m.value.comparator), c.width)
      : []),
    ...field('Attributed to', m.attribution, c.width),
    [],
    [{ text: 'Note', tone: 'heading' }],
    ...para(m.note ?? 'No note recorded.', c.width),
    [],
    [{ text: `Sources (${m.sources.length})`, tone: 'heading' }],
    ...sourceLines(c, m.sources),
  ];
  return { title: visibleLine(m.metric), lines };
}

function sourceDoc(c: Ctx, id: string): Doc {
  const s = c.land.sourceById.get(id);
  if (!s) return { title: id, lines: [[{ text: 'Unknown source' }]] };
  const claims = visibleClaims(c.land, id, c.vendors);
  const lines: DocLine[] = [
    ...field('Publisher', s.publisher, c.width),
    ...field('Kind', s.kind, c.width),
    ...field('Accessed', s.accessed, c.width),
    ...(s.published ? field('Published', s.published, c.width) : []),
    [
      { text: 'URL: ', tone: 'label' },
      { text: visibleLine(s.url), url: s.url },
    ],
    [],
    [{ text: `Claims citing it (${claims.length})`, tone: 'heading' }],
  ];
  if (claims.length === 0) lines.push([{ text: 'No shown claim cites this source.', tone: 'muted' }]);
  for (const cl of claims) {
    let claimCell: Cell | undefined;
    if (cl.kind === 'feature' && cl.vendor) claimCell = cellOf(c.land, cl.vendor, cl.id);
    if (cl.kind === 'compute' && cl.vendor) claimCell = computeCellOf(c.land, cl.vendor, cl.id);
    const status: Status | undefined = claimCell?.status;
    const head: Segment[] = [{ text: `• ${cl.kind.padEnd(8)} `, tone: 'muted' }];
    if (status) head.push({ text: `${statusLabel(status, c.ascii)} `, status });
    if (claimCell && isStaleClaim(c.land, claimCell, c.freshness))
      head.push({ text: `${staleGlyph(c.ascii)} stale `, tone: 'warning' });
    const body = para(cl.label, c.width - 12 - (status ? 11 : 0));
    body.forEach((l, i) => {
      lines.push(i === 0 ? [...head, ...l] : [{ text: ' '.repeat(11) }, ...l]);
    });
  }
  return { title: visibleLine(s.title), lines };
}

function scoreDoc(c: Ctx, categoryId: string): Doc {
  const cat = c.land.categoryById.get(categoryId);
  const lines: DocLine[] = [];
  if (cat?.description) lines.push(...para(cat.description, c.width), []);
  for (const v of c.vendors) {
    const counts = featureCounts(c.land, v, categoryId === 'overall' ? undefined : categoryId);
    lines.push([{ text: vendorName(c.land, v), tone: 'heading' }, { text: `  ${percent(scoreOf(counts))}` }]);
    lines.push([
      { text: '    ' },
      ...(['ga', 'preview', 'partial', 'none', 'unknown'] as const).flatMap((s) => [
        { text: `${statusLabel(s, c.ascii)} ${counts[s]}`, status: s },
        { text: '  ' },
      ]),
    ]);
  }
  lines.push([], ...para('Open the Features view (2) for the evidence behind each status.', c.width, '', 'muted'));
  return { title: `Score: ${visibleLine(cat?.name ?? 'Overall')}`, lines };
}

export function buildDoc(target: Target, c: Ctx): Doc {
  if (target.kind === 'cell') {
    const kind = target.cellKind;
    if (kind === 'score') return scoreCellDoc(c, target.row, target.vendor);
    return cellDoc(c, kind, target.row, target.vendor);
  }
  switch (target.view) {
    case 'features':
      return matrixRowDoc(c, 'feature', target.row);
    case 'compute':
      return matrixRowDoc(c, 'compute', target.row);
    case 'overview':
      return vendorDoc(c, target.row);
    case 'deals':
      return dealDoc(c, target.row);
    case 'market':
      return marketDoc(c, target.row);
    case 'sources':
      return sourceDoc(c, target.row);
    case 'scorecard':
      return scoreDoc(c, target.row);
    case 'changes':
      return changeDoc(c, target.row);
  }
}
