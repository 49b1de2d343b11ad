/**
 * The market view: a horizontal bar chart of the market figures and the
 * trends under it, each trend a row of its own. Each metric has its own scale (its largest figure fills
 * the bar), since different metrics are not comparable; the figures come
 * grouped by metric. Bars differ by fill as well as colour: actual █,
 * estimate ▓, projection ░. A bound ends in an open arrow: "more than" ▸┄,
 * "less than" ◂ at the tip. A figure we derived says so. Pure.
 */
import stringWidth from 'string-width';
import type { MarketFigure } from '../../../data/schema.js';
import type { Landscape } from '../../../model/landscape.js';
import { clip, fitText } from '../../../text/fit.js';
import { wrapParagraph } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import { boundOf, isDerived } from '../../../views/market.js';
import { shortMoneyOf } from '../../../views/money.js';
import type { TableRow } from '../../../views/types.js';
import { highlight } from '../../highlight.js';
import { keyFor } from '../../keys/keymap.js';
import type { Screen } from '../../screenOf.js';
import { flowSegs, type Seg, toHeight } from '../../segs.js';
import type { Nav } from '../../state/reducer.js';
import type { UiTheme } from '../../uiTheme.js';
import type { BodyInput } from '../spec.js';

const BAR_FILL: Record<MarketFigure['kind'], { glyph: string; ascii: string }> = {
  actual: { glyph: '█', ascii: '#' },
  estimate: { glyph: '▓', ascii: '=' },
  projection: { glyph: '░', ascii: '-' },
};

export interface MarketDraw {
  land: Landscape;
  /** The figures, then the trends (`trend:<id>` rows), as the screen lists them. */
  rows: readonly TableRow[];
  nav: Nav;
  width: number;
  /** Screen lines for the figures and trends (under the title and legend). */
  height: number;
  matches: ReadonlySet<number>;
  /** The search, highlighted inside the figures and trends that match. */
  query?: string;
  theme: UiTheme;
  ascii: boolean;
}

/** What the Market view draws this frame, under its title and legend (`headerLines` of them). */
export function marketDraw(
  land: Landscape,
  screen: Screen,
  query: string | undefined,
  theme: UiTheme,
  ascii: boolean,
  headerLines: number,
): MarketDraw {
  return {
    land,
    rows: screen.shaped.lines.flatMap((l) => (l.kind === 'row' ? [l.row] : [])),
    nav: screen.nav,
    width: screen.width,
    height: Math.max(1, screen.bodyHeight - headerLines),
    matches: screen.matchSet,
    query,
    theme,
    ascii,
  };
}

/** How a bound ends its bar: more than (the bar could go on), less than (the bar could be shorter). */
export const BOUND_END = {
  lower: { glyph: '▸┄', ascii: '>.' },
  upper: { glyph: '◂', ascii: '<' },
} as const;

/** The bar legend: each item a segment, so the header can wrap between them. */
export function legendSegs(theme: UiTheme, ascii: boolean): Seg[] {
  const word = {
    actual: 'actual',
    estimate: 'estimate',
    projection: 'projection',
    more: 'more than',
    less: 'less than',
    derived: 'derived: worked out by us',
  };
  return [
    ...(Object.keys(BAR_FILL) as MarketFigure['kind'][]).map((k) => ({
      text: `${ascii ? BAR_FILL[k].ascii : BAR_FILL[k].glyph} ${word[k]}  `,
      color: theme.accent,
    })),
    { text: `${ascii ? BOUND_END.lower.ascii : BOUND_END.lower.glyph} ${word.more}  `, color: theme.muted },
    { text: `${ascii ? BOUND_END.upper.ascii : BOUND_END.upper.glyph} ${word.less}  `, color: theme.muted },
    { text: word.derived, color: theme.muted },
  ];
}

/**
 * The title and the bar legend, flowed over as many lines as the width needs:
 * a line breaks between legend items (a title too long for the line wraps at
 * its words), so nothing of either is cut.
 */
export function marketHeader(width: number, theme: UiTheme, ascii: boolean): Seg[][] {
  const title =
    width >= 150
      ? `Market figures (one scale per metric; ${keyFor('open')} for the note and sources)`
      : `Market · a scale per metric · ${keyFor('open')} sources`;
  const titleLines = wrapParagraph(title, width).map((t) => ({ text: `${t}  `, bold: true }));
  return flowSegs([...titleLines, ...legendSegs(theme, ascii)], width);
}

const markOf = (d: MarketDraw, i: number) =>
  i === d.nav.row ? (d.ascii ? '> ' : '▸ ') : d.matches.has(i) ? (d.ascii ? '* ' : '• ') : '  ';

/** A figure: its year, kind and metric (wrapped), then its bar to its metric's scale and the reported text. */
function figureItem(d: MarketDraw, m: MarketFigure, i: number, barW: number, max: number): Seg[][] {
  const cursor = i === d.nav.row;
  const head = `${m.year} ${m.kind}${isDerived(m) ? ' · derived' : ''}`;
  const amount = m.value.amount;
  const fill = d.ascii ? BAR_FILL[m.kind].ascii : BAR_FILL[m.kind].glyph;
  const bound = boundOf(m);
  const end = bound ? (d.ascii ? BOUND_END[bound].ascii : BOUND_END[bound].glyph) : '';
  const len = amount === undefined ? 0 : Math.max(1, Math.round((amount / max) * barW) - stringWidth(end));
  const label = amount === undefined ? 'no amount' : `${shortMoneyOf(m.value)}${isDerived(m) ? ' (derived)' : ''}`;
  const rest = `  ${visibleLine(m.value.text)}`;
  const used = 4 + len + stringWidth(end) + 1 + stringWidth(label);
  // The reported text follows the bar when it fits there, else it goes under it, wrapped; nothing is cut.
  const restFits = used + stringWidth(rest) <= d.width;
  const heads = wrapParagraph(`${head}  ${visibleLine(m.metric)}`, d.width - 2);
  return [
    ...heads.map((h, k): Seg[] => [
      { text: k === 0 ? markOf(d, i) : '  ', color: d.theme.accent, bold: cursor },
      { text: fitText(h, d.width - 2), inverse: cursor, bold: cursor },
    ]),
    [
      { text: '    ' },
      {
        text: fill.repeat(len),
        color: m.kind === 'actual' ? d.theme.accent : m.kind === 'estimate' ? d.theme.warning : d.theme.muted,
      },
      { text: end, color: d.theme.muted },
      { text: ` ${label}`, bold: true },
      ...(restFits ? [{ text: rest, color: d.theme.muted }] : []),
    ],
    ...(restFits
      ? []
      : wrapParagraph(visibleLine(m.value.text), d.width - 6).map((t): Seg[] => [
          { text: `      ${t}`, color: d.theme.muted },
        ])),
  ];
}

/** A row's screen lines, and how many of them lead in (the blank line and heading before the first trend). */
export interface MarketItem {
  lines: Seg[][];
  lead: number;
}

/** A trend, wrapped so it is read whole (the first under a heading); the cursor marks and highlights it. */
function trendItem(d: MarketDraw, text: string, i: number, first: boolean, count: number): MarketItem {
  const cursor = i === d.nav.row;
  const wrapped = wrapParagraph(visibleLine(text), Math.max(10, d.width - 2));
  const lines: Seg[][] = first ? [[{ text: '' }], [{ text: clip(`Trends (${count})`, d.width), bold: true }]] : [];
  wrapped.forEach((l, k) => {
    lines.push([
      { text: k === 0 ? markOf(d, i) : '  ', color: d.theme.accent, bold: cursor },
      { text: fitText(l, d.width - 2), inverse: cursor },
    ]);
  });
  return { lines, lead: first ? 2 : 0 };
}

/** Each row's screen lines: a figure its label and bar (two lines, more when wrapped), a trend its wrapped text (the first under a heading). */
export function marketItems(d: MarketDraw): MarketItem[] {
  const byId = new Map(d.land.dataset.market.map((m) => [m.id, m]));
  const figures = d.rows.map((r) => byId.get(r.id)).filter((m): m is MarketFigure => m !== undefined);
  // One scale per metric: its largest figure fills the bar.
  const maxOf = new Map<string, number>();
  for (const m of figures) maxOf.set(m.metric, Math.max(maxOf.get(m.metric) ?? 1, m.value.amount ?? 0));
  const labelW = 14;
  const barW = Math.max(4, Math.min(60, d.width - labelW - 6 - 28));
  const trendCount = d.rows.length - figures.length;
  let seenTrend = false;
  const lit = (i: number, item: MarketItem): MarketItem =>
    d.query && d.matches.has(i)
      ? { ...item, lines: item.lines.map((l) => highlight(l, d.query ?? '', d.theme)) }
      : item;
  return d.rows.map((r, i) => {
    const m = byId.get(r.id);
    if (m) return lit(i, { lines: figureItem(d, m, i, barW, maxOf.get(m.metric) ?? 1), lead: 0 });
    const first = !seenTrend;
    seenTrend = true;
    return lit(i, trendItem(d, r.cells[0]?.text ?? '', i, first, trendCount));
  });
}

/**
 * The first row drawn: the reducer's top, moved on until the cursor's row is
 * whole in `height` lines (a wrapped trend takes more than one).
 */
function firstShown(items: readonly MarketItem[], d: MarketDraw): number {
  const cursor = Math.min(d.nav.row, items.length - 1);
  let start = Math.min(d.nav.top, Math.max(0, cursor));
  const heightFrom = (a: number, b: number) => items.slice(a, b + 1).reduce((n, it) => n + it.lines.length, 0);
  while (start < cursor && heightFrom(start, cursor) > d.height) start++;
  return start;
}

/** The rows drawn whole in `height` lines, from the first row shown: `[start, end)`. */
function shownRange(items: readonly MarketItem[], d: MarketDraw): [number, number] {
  const start = firstShown(items, d);
  let used = 0;
  let end = start;
  while (end < items.length && used + (items[end]?.lines.length ?? 0) <= d.height) {
    used += items[end]?.lines.length ?? 0;
    end++;
  }
  // A row taller than the whole body is still drawn (its top part).
  return [start, Math.max(end, Math.min(items.length, start + 1))];
}

/** The row drawn at body line `line` (0 is the first line under the title and legend), if a row is there. */
export function marketRowAt(d: MarketDraw, line: number): number | undefined {
  if (line < 0 || line >= d.height) return undefined;
  const items = marketItems(d);
  const [start, end] = shownRange(items, d);
  let at = 0;
  for (let i = start; i < end; i++) {
    const { lines, lead } = items[i] as MarketItem;
    if (line < at + lines.length) return line >= at + lead ? i : undefined;
    at += lines.length;
  }
  return undefined;
}

/**
 * The rows that fit whole in `height` lines, from the first row shown (moved
 * on until the cursor's row is whole on screen); a row that would be cut is
 * left for the next page, and a last line says how many rows are below.
 */
export function marketLines(d: MarketDraw): Seg[][] {
  const items = marketItems(d);
  const [start, end] = shownRange(items, d);
  const out = items.slice(start, end).flatMap((it) => it.lines);
  const below = items.length - end;
  if (below > 0 && out.length < d.height)
    out.push([{ text: clip(`  ↓ ${below} more below`, d.width), color: d.theme.muted }]);
  return out.slice(0, d.height);
}

/** The Market view's body: the title and bar legend, the figures as a bar chart and the trends under them, the cursor on one figure or trend. */
export function marketBodyLines({ land, screen, state, width, theme, ascii }: BodyInput): Seg[][] {
  const header = marketHeader(width, theme, ascii);
  const lines = marketLines(marketDraw(land, screen, state.search.query, theme, ascii, header.length));
  return toHeight([...header, ...lines], screen.bodyHeight);
}
