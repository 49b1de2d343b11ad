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
import { clip, fitKeeping, fitText } from '../../../text/fit.js';
import { visibleLine } from '../../../text/visible.js';
import { eventSubject } from '../../../views/changes.js';
import { shortMoneyOf } from '../../../views/money.js';
import { keptScorecardModel } from '../../../views/scorecard.js';
import { percent, rankText, scoreWithRange } from '../../../views/scoreText.js';
import { VIEW_NAMES, VIEW_TITLES, type ViewName } from '../../../views/types.js';
import type { KeySpec } from '../../keys/keymap.js';
import type { Seg } from '../../segs.js';
import type { UiTheme } from '../../uiTheme.js';
import type { BodyInput } from '../spec.js';
import { tableBodyLines } from '../table/tableLines.js';

/** A panel line: its text, and a shorter one (vendor names without their parenthesis) when the text does not fit. */
export interface PanelLine {
  text: string;
  short?: string;
  /** The end that stays whole when the line is cut (" (eliminated)"). */
  keep?: string;
}

export interface OverviewPanel {
  title: string;
  /** The view that shows more. */
  more: ViewName;
  lines: PanelLine[];
  /** The lines are columns: when one needs its short form, all take theirs, so the columns stay aligned. */
  aligned?: boolean;
}

/** What the user chose that the ranking depends on: weights, must-haves, minimum coverage. */
export interface PanelChoice {
  weights?: Readonly<Record<string, number>>;
  require?: readonly string[];
  minCoverage?: number;
}

const ELIMINATED = ' (eliminated)';
const fullName = (land: Landscape, id: string) => visibleLine(land.vendorById.get(id)?.name ?? id);
/** A vendor's name without its parenthesis (`Gemini Enterprise Agent Platform (formerly Vertex AI)` → `Gemini Enterprise Agent Platform`). */
const shortName = (land: Landscape, id: string) => fullName(land, id).replace(/\s*\([^)]*\)\s*$/, '');
/** A line naming a vendor: with the whole name, and with the short one for when it does not fit. */
const naming = (
  land: Landscape,
  id: string,
  line: (name: string, compact: boolean) => string,
  keep?: string,
): PanelLine => ({
  text: line(fullName(land, id), false),
  short: line(shortName(land, id), true),
  ...(keep ? { keep } : {}),
});

/** The four panels for the shown vendors, as of the landscape's today, ranked as the Scorecard ranks them. */
export function overviewPanels(land: Landscape, vendors: readonly string[], choice: PanelChoice = {}): OverviewPanel[] {
  const total = land.features.length;
  const model = keptScorecardModel(land, {
    vendors,
    weights: choice.weights,
    require: choice.require ? [...choice.require] : undefined,
    minCoverage: choice.minCoverage,
  });
  // The rank as the Scorecard writes it (`=3` when the unknown cells alone could swap two vendors), the
  // score with its range, and how much of the matrix is known.
  // A score with its range where unknown cells widen it; the short line (for narrow panels) drops the range.
  const scores = model.ranking.map((r) => scoreWithRange(r.score, r.range));
  const points = model.ranking.map((r) => percent(r.score));
  const scoreWidth = Math.max(0, ...scores.map((x) => stringWidth(x)));
  const pointWidth = Math.max(0, ...points.map((x) => stringWidth(x)));
  const ranking = model.ranking.map((r, i) => {
    // Why a vendor has no rank, as the Scorecard says it; kept when the line is cut.
    const out =
      r.why === 'eliminated'
        ? ELIMINATED
        : r.why === 'too-little-known'
          ? ' (too little known)'
          : r.why === 'no-score'
            ? ' (no score)'
            : '';
    const rank = r.ranked ? `${rankText(r)}.` : '–';
    const tied = r.tiedWith.length > 0 ? `  (= ${r.tiedWith.join(', ')})` : '';
    const known = `${total - r.unknown}/${total}`.padStart(7);
    return naming(
      land,
      r.vendor,
      (name, compact) =>
        `${rank.padStart(3)} ${compact ? (points[i] ?? '').padStart(pointWidth) : (scores[i] ?? '').padStart(scoreWidth)}  ${known}  ${name}${out || tied}`,
      out || undefined,
    );
  });

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
    const unknown = land.accelerators.filter(
      (a) => (land.dataset.compute[v]?.[a.id]?.status ?? 'unknown') === 'unknown',
    );
    const list = [...offered].map(([m, n]) => `${m} ${n}/${makers.get(m) ?? n}`).join(', ');
    // What is not known is said, not counted as absent: `NVIDIA 6/12 · 5 of 23 unknown`.
    const gaps = unknown.length > 0 ? ` · ${unknown.length} of ${land.accelerators.length} unknown` : '';
    const offers = list || (unknown.length === land.accelerators.length ? 'none known' : 'none offered');
    return naming(land, v, (name) => `${name}: ${offers}${gaps}`);
  });

  const upcoming = lifecycleEvents(land.raw, vendors).filter((e) => eventWhen(e.on, land.today) === 'upcoming');
  const changes: PanelLine[] =
    upcoming.length > 0
      ? upcoming.map((e) =>
          naming(
            land,
            e.vendor,
            (name) =>
              `${e.on} (${relativeDay(e.on, land.today)})  ${name}: ${visibleLine(eventSubject(land, e))} ${e.kind}`,
          ),
        )
      : [{ text: `No dated change in the next ${LIFECYCLE_WINDOW_DAYS} days.` }];

  const shown = new Set(vendors);
  const deals = (land.dataset.deals ?? [])
    .filter((d) => d.vendors.length === 0 || d.vendors.some((v) => shown.has(v)))
    .sort((a, b) => String(b.date).localeCompare(String(a.date)))
    .map((d) => {
      // The deal's own amount; a valuation is labelled as one, never shown as if it were the amount.
      const value = shortMoneyOf(d.value);
      const valuation = shortMoneyOf(d.valuation);
      const amount = [value, valuation && `valued ${valuation}`].filter(Boolean).join(', ');
      const who = d.buyer ? `${visibleLine(d.buyer)} → ${visibleLine(d.target)}` : visibleLine(d.target);
      return { text: `${d.date}  ${who} (${d.kind})${amount ? `  ${amount}` : ''}` };
    });

  return [
    {
      title: `Ranking · score, known${model.equal ? '' : ' (your weights)'}`,
      more: 'scorecard',
      lines: ranking,
      aligned: true,
    },
    { title: 'Accelerators by maker', more: 'compute', lines: families },
    { title: `Upcoming changes (${upcoming.length})`, more: 'changes', lines: changes },
    { title: `Latest deals (${deals.length})`, more: 'deals', lines: deals },
  ];
}

/** The key that opens a view (`6` for the Scorecard): what a panel says to press for more, and what a click on it presses. */
export const moreKey = (view: ViewName): KeySpec => String(VIEW_NAMES.indexOf(view) + 1) as KeySpec;

/** The key that opens a view, with its name when there is room: `6 Scorecard`, else `6`. */
const moreText = (view: ViewName, width: number) => `${moreKey(view)}${width >= 45 ? ` ${VIEW_TITLES[view]}` : ''}`;

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
  const tooWide = (l: PanelLine) => l.short !== undefined && stringWidth(`  ${l.text}`) > width;
  const allShort = p.aligned === true && p.lines.some(tooWide);
  for (const l of p.lines.slice(0, Math.max(0, height - 1))) {
    // The whole line when it fits, else the short one; what is still too long is cut, its `keep` kept.
    const text = allShort || tooWide(l) ? (l.short ?? l.text) : l.text;
    out.push([{ text: fitKeeping(`  ${text}`, l.keep, width) }]);
  }
  while (out.length < height) out.push([{ text: ' '.repeat(width) }]);
  return out;
}

/** Where the panels go: rows of one or two panels, each row's height, the column width and gap. */
interface Grid {
  rows: OverviewPanel[][];
  heights: number[];
  colW: number;
  gap: number;
}

/**
 * The panels in `height` lines of `width`: two columns from 80 cells (ranking
 * and families, then changes and deals), else one. A row of panels takes the
 * lines its longest panel needs; when they do not all fit, the tallest give way
 * (to a title and one line), then the last rows are left out.
 */
function gridOf(panels: readonly OverviewPanel[], width: number, height: number): Grid {
  const cols = width >= 80 ? 2 : 1;
  const gap = 2;
  const colW = cols === 2 ? Math.floor((width - gap) / 2) : width;
  if (height < 3 || panels.length === 0) return { rows: [], heights: [], colW, gap };
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
      if (heights.length === 0) return { rows: [], heights: [], colW, gap };
    } else heights[tallest] = (heights[tallest] ?? 0) - 1;
  }
  // Room left over goes to the rows whose panels have more to show.
  for (let spare = height - budget(), r = 0; spare > 0 && r < rows.length; r++) {
    const need = 1 + Math.max(...(rows[r] ?? []).map((p) => p.lines.length)) - (heights[r] ?? 0);
    const add = Math.max(0, Math.min(spare, need));
    heights[r] = (heights[r] ?? 0) + add;
    spare -= add;
  }
  return { rows, heights, colW, gap };
}

/** The panels drawn in `height` lines of `width` (see `gridOf` for the layout). */
export function panelGrid(panels: readonly OverviewPanel[], width: number, height: number, theme: UiTheme): Seg[][] {
  const { rows, heights, colW, gap } = gridOf(panels, width, height);
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

/** The panel drawn at `line` (0 is the first line under the table) and column `x` (1-based), if one is there. */
export function panelAt(
  panels: readonly OverviewPanel[],
  width: number,
  height: number,
  line: number,
  x: number,
): OverviewPanel | undefined {
  const { rows, heights, colW, gap } = gridOf(panels, width, height);
  let top = 0;
  for (const [r, row] of rows.entries()) {
    const h = heights[r] ?? 0;
    // The blank line above a row of panels belongs to none.
    if (line > top && line <= top + h) {
      const k = Math.floor((x - 1) / (colW + gap));
      const inPanel = x - 1 - k * (colW + gap) < colW;
      return inPanel ? row[k] : undefined;
    }
    top += h + 1;
  }
  return undefined;
}

/** The last panels made, kept while the view is away (the ranking behind them is costly on a large dataset). */
let kept: { land: Landscape; vendors: readonly string[]; choice: PanelChoice; panels: OverviewPanel[] } | undefined;

/** The panels for the shown vendors and the user's choice, made once and kept until one of them changes. */
export function keptPanels(land: Landscape, vendors: readonly string[], choice: PanelChoice): OverviewPanel[] {
  const same =
    kept?.land === land &&
    kept.vendors === vendors &&
    kept.choice.weights === choice.weights &&
    kept.choice.require === choice.require &&
    kept.choice.minCoverage === choice.minCoverage;
  if (!same || !kept) kept = { land, vendors, choice, panels: overviewPanels(land, vendors, choice) };
  return kept.panels;
}

/** The Overview's body: the vendor table (cursor, Enter for a vendor's evidence), then the at-a-glance panels in the lines left. */
export function overviewBodyLines(input: BodyInput): Seg[][] {
  const { land, state, screen, width, theme } = input;
  const panels = keptPanels(land, state.vendors, {
    weights: state.weights,
    require: state.require,
    minCoverage: state.minCoverage,
  });
  const height = Math.max(0, screen.fullBody - screen.bodyHeight);
  return [...tableBodyLines(input), ...panelGrid(panels, width, height, theme)];
}
