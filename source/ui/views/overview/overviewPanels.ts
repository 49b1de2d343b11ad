/**
 * The Overview's panels under the vendor table: the ranking with how much of
 * the matrix is known, the accelerator families each vendor offers, the
 * lifecycle changes coming up, and the latest deals. Each panel is short and
 * says which key opens the view behind it. Pure: text from the model, laid
 * out in one or two columns to the room there is.
 */
import stringWidth from 'string-width';
import type { Landscape } from '../../../model/landscape.js';
import { eventWhen, LIFECYCLE_WINDOW_DAYS, lifecycleEvents, relativeDay } from '../../../model/lifecycle.js';
import { clip, fitText } from '../../../text/fit.js';
import { shortMoney } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import { eventSubject } from '../../../views/changes.js';
import { keptScorecardModel } from '../../../views/scorecard.js';
import { VIEW_NAMES, VIEW_TITLES, type ViewName } from '../../../views/types.js';
import type { Seg } from '../../components/SegLine.js';
import type { UiTheme } from '../../uiTheme.js';

export interface OverviewPanel {
  title: string;
  /** The view that shows more. */
  more: ViewName;
  lines: string[];
}

const pct = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 100)}%`);
/** A vendor's name without its parenthesis (`Gemini Enterprise Agent Platform (formerly Vertex AI)` → `Gemini Enterprise Agent Platform`). */
const shortName = (land: Landscape, id: string) =>
  visibleLine(land.vendorById.get(id)?.name ?? id).replace(/\s*\([^)]*\)\s*$/, '');

/** The four panels for the shown vendors, as of the landscape's today. */
export function overviewPanels(
  land: Landscape,
  vendors: readonly string[],
  weights?: Readonly<Record<string, number>>,
): OverviewPanel[] {
  const total = land.features.length;
  const model = keptScorecardModel(land, { vendors, weights });
  const ranking = model.ranking.map(
    (r) =>
      `${r.rank}. ${pct(r.score).padStart(4)}  ${`${total - r.unknown}/${total}`.padStart(7)}  ${shortName(land, r.vendor)}`,
  );

  // Accelerators by maker (NVIDIA, Google TPU, AWS Trainium…): how many of each a vendor offers, of how many.
  const makers = new Map<string, number>();
  for (const a of land.accelerators) makers.set(visibleLine(a.maker), (makers.get(visibleLine(a.maker)) ?? 0) + 1);
  const families = vendors.map((v) => {
    const offered = new Map<string, number>();
    for (const a of land.accelerators) {
      const status = land.dataset.compute[v]?.[a.id]?.status;
      if (status === 'ga' || status === 'preview' || status === 'partial') {
        const maker = visibleLine(a.maker);
        offered.set(maker, (offered.get(maker) ?? 0) + 1);
      }
    }
    const list = [...offered].map(([m, n]) => `${m} ${n}/${makers.get(m) ?? n}`).join(', ');
    return `${shortName(land, v)}: ${list || 'none known'}`;
  });

  const upcoming = lifecycleEvents(land.raw, vendors).filter((e) => eventWhen(e.on, land.today) === 'upcoming');
  const changes =
    upcoming.length > 0
      ? upcoming.map(
          (e) =>
            `${e.on} (${relativeDay(e.on, land.today)})  ${shortName(land, e.vendor)}: ${visibleLine(eventSubject(land, e))} ${e.kind}`,
        )
      : [`No dated change in the next ${LIFECYCLE_WINDOW_DAYS} days.`];

  const shown = new Set(vendors);
  const deals = (land.dataset.deals ?? [])
    .filter((d) => d.vendors.length === 0 || d.vendors.some((v) => shown.has(v)))
    .sort((a, b) => String(b.date).localeCompare(String(a.date)))
    .map((d) => {
      const money = d.value?.amount ?? d.valuation?.amount;
      const amount =
        money !== undefined ? `  ${shortMoney(money, d.value?.currency ?? d.valuation?.currency ?? 'USD')}` : '';
      const who = d.buyer ? `${visibleLine(d.buyer)} → ${visibleLine(d.target)}` : visibleLine(d.target);
      return `${d.date}  ${who} (${d.kind})${amount}`;
    });

  return [
    {
      title: `Ranking · score, known${model.equal ? '' : ' (your weights)'}`,
      more: 'scorecard',
      lines: ranking,
    },
    { title: 'Accelerators by maker', more: 'compute', lines: families },
    { title: `Upcoming changes (${upcoming.length})`, more: 'changes', lines: changes },
    { title: `Latest deals (${deals.length})`, more: 'deals', lines: deals },
  ];
}

/** The key that opens a view, with its name when there is room: `6 Scorecard`, else `6`. */
const moreText = (view: ViewName, width: number) =>
  `${VIEW_NAMES.indexOf(view) + 1}${width >= 45 ? ` ${VIEW_TITLES[view]}` : ''}`;

/** One panel as `height` lines of `width` cells: its title with the key for more, then as many lines as fit. */
function panelLines(p: OverviewPanel, width: number, height: number, theme: UiTheme): Seg[][] {
  const more = ` ${p.lines.length > height - 1 ? `+${p.lines.length - (height - 1)} · ` : ''}press ${moreText(p.more, width)}`;
  const title = clip(p.title, Math.max(0, width - stringWidth(more) - 1));
  const out: Seg[][] = [
    [
      { text: title, bold: true },
      { text: fitText(more, Math.max(0, width - stringWidth(title)), 'right'), color: theme.accent },
    ],
  ];
  for (const l of p.lines.slice(0, Math.max(0, height - 1))) out.push([{ text: fitText(`  ${l}`, width) }]);
  while (out.length < height) out.push([{ text: ' '.repeat(width) }]);
  return out;
}

/**
 * The panels in `height` lines of `width`: two columns from 80 cells (ranking
 * and families, then changes and deals), else one. A row of panels takes the
 * lines its longest panel needs; when they do not all fit, the tallest give way
 * (to a title and one line), then the last rows are left out.
 */
export function panelGrid(panels: readonly OverviewPanel[], width: number, height: number, theme: UiTheme): Seg[][] {
  if (height < 3 || panels.length === 0) return [];
  const cols = width >= 80 ? 2 : 1;
  const gap = 2;
  const colW = cols === 2 ? Math.floor((width - gap) / 2) : width;
  const rows: OverviewPanel[][] = [];
  for (let i = 0; i < panels.length; i += cols) rows.push(panels.slice(i, i + cols));
  // Each row of panels is as tall as its longest panel (a blank line above it); the tallest give way first.
  const heights = rows.map((r) => 1 + Math.max(...r.map((p) => p.lines.length)));
  const budget = () => heights.reduce((a, h) => a + h + 1, 0);
  while (budget() > height) {
    const tallest = heights.indexOf(Math.max(...heights));
    if ((heights[tallest] ?? 0) <= 2) {
      heights.pop();
      rows.pop();
      if (heights.length === 0) return [];
    } else heights[tallest] = (heights[tallest] ?? 0) - 1;
  }
  // Room left over goes to the rows whose panels have more to show.
  for (let spare = height - budget(), r = 0; spare > 0 && r < rows.length; r++) {
    const need = 1 + Math.max(...(rows[r] ?? []).map((p) => p.lines.length)) - (heights[r] ?? 0);
    const add = Math.max(0, Math.min(spare, need));
    heights[r] = (heights[r] ?? 0) + add;
    spare -= add;
  }
  const out: Seg[][] = [];
  rows.forEach((row, r) => {
    const each = heights[r] ?? 2;
    out.push([{ text: '' }]);
    const drawn = row.map((p) => panelLines(p, colW, each, theme));
    for (let i = 0; i < each; i++) {
      const segs: Seg[] = [];
      drawn.forEach((lines, k) => {
        if (k > 0) segs.push({ text: ' '.repeat(gap) });
        segs.push(...(lines[i] ?? []));
      });
      out.push(segs);
    }
  });
  return out.slice(0, height);
}
