/**
 * The market view: a horizontal bar chart of the market figures (amount to
 * scale, labelled with the reported text, year, kind and comparator) and the
 * trends under it. Bars differ by fill as well as colour: actual █, estimate
 * ▓, projection ░. Pure.
 */
import stringWidth from 'string-width';
import type { MarketFigure } from '../../../data/schema.js';
import type { Landscape } from '../../../model/landscape.js';
import { clip, fitText } from '../../../text/fit.js';
import { shortMoney, wrapParagraph } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import type { TableRow } from '../../../views/types.js';
import type { Seg } from '../../components/SegLine.js';
import { highlight } from '../../highlight.js';
import { keyFor } from '../../keys/keymap.js';
import type { Nav } from '../../state/reducer.js';
import type { UiTheme } from '../../uiTheme.js';

const BAR_FILL: Record<MarketFigure['kind'], { glyph: string; ascii: string }> = {
  actual: { glyph: '█', ascii: '#' },
  estimate: { glyph: '▓', ascii: '=' },
  projection: { glyph: '░', ascii: '-' },
};

const COMPARATOR: Record<string, string> = { '~': '≈', '>': '>', '<': '<', '=': '' };

export interface MarketDraw {
  land: Landscape;
  /** The figures, then the trends (`trend:<id>` rows), as the screen lists them. */
  rows: readonly TableRow[];
  nav: Nav;
  width: number;
  /** Screen lines for the figures and trends. */
  height: number;
  matches: ReadonlySet<number>;
  /** The search, highlighted inside the figures and trends that match. */
  query?: string;
  theme: UiTheme;
  ascii: boolean;
}

export function legendSegs(theme: UiTheme, ascii: boolean): Seg[] {
  return (Object.keys(BAR_FILL) as MarketFigure['kind'][]).flatMap((k) => [
    { text: `${ascii ? BAR_FILL[k].ascii : BAR_FILL[k].glyph} ${k}  `, color: theme.accent },
  ]);
}

/** The title and the bar legend: one line when both fit, else the legend on its own line. */
export function marketHeader(width: number, theme: UiTheme, ascii: boolean): Seg[][] {
  const title = `Market figures (bars to scale; ${keyFor('open')} for the note and sources)  `;
  const legend = legendSegs(theme, ascii);
  const legendW = legend.reduce((a, l) => a + stringWidth(l.text), 0);
  if (stringWidth(title) + legendW <= width) return [[{ text: title, bold: true }, ...legend]];
  const lines: Seg[][] = [[{ text: clip(title.trimEnd(), width), bold: true }]];
  let line: Seg[] = [];
  let used = 0;
  for (const l of legend) {
    const w = stringWidth(l.text);
    if (used > 0 && used + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push({ ...l, text: clip(l.text, width) });
    used += w;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function figureItem(d: MarketDraw, m: MarketFigure, i: number, barW: number, max: number): Seg[][] {
  const cursor = i === d.nav.row;
  const mark = cursor ? (d.ascii ? '> ' : '▸ ') : d.matches.has(i) ? (d.ascii ? '* ' : '• ') : '  ';
  const head = `${m.year} ${m.kind}`;
  const amount = m.value.amount;
  const fill = d.ascii ? BAR_FILL[m.kind].ascii : BAR_FILL[m.kind].glyph;
  const len = amount === undefined ? 0 : Math.max(1, Math.round((amount / max) * barW));
  const label =
    amount === undefined
      ? 'no amount'
      : `${COMPARATOR[m.value.comparator ?? '='] ?? ''}${shortMoney(amount, m.value.currency)}`;
  const rest = `  ${visibleLine(m.value.text)}`;
  const used = 4 + len + 1 + stringWidth(label);
  return [
    [
      { text: mark, color: d.theme.accent, bold: cursor },
      { text: fitText(`${head}  ${visibleLine(m.metric)}`, d.width - 2), inverse: cursor, bold: cursor },
    ],
    [
      { text: '    ' },
      {
        text: fill.repeat(len),
        color: m.kind === 'actual' ? d.theme.accent : m.kind === 'estimate' ? d.theme.warning : d.theme.muted,
      },
      { text: ` ${label}`, bold: true },
      { text: clip(rest, Math.max(0, d.width - used)), color: d.theme.muted },
    ],
  ];
}

/** A trend, wrapped so it is read whole; the cursor marks and highlights it. */
function trendItem(d: MarketDraw, text: string, i: number, first: boolean, count: number): Seg[][] {
  const cursor = i === d.nav.row;
  const mark = cursor ? (d.ascii ? '> ' : '▸ ') : d.matches.has(i) ? (d.ascii ? '* ' : '• ') : '  ';
  const wrapped = wrapParagraph(visibleLine(text), Math.max(10, d.width - 2));
  const lines: Seg[][] = first ? [[{ text: '' }], [{ text: clip(`Trends (${count})`, d.width), bold: true }]] : [];
  wrapped.forEach((l, k) => {
    lines.push([
      { text: k === 0 ? mark : '  ', color: d.theme.accent, bold: cursor },
      { text: fitText(l, d.width - 2), inverse: cursor },
    ]);
  });
  return lines;
}

/** Each row's screen lines: a figure takes two (label, bar), a trend its wrapped text (the first under a heading). */
export function marketItems(d: MarketDraw): Seg[][][] {
  const byId = new Map(d.land.dataset.market.map((m) => [m.id, m]));
  const figures = d.rows.map((r) => byId.get(r.id)).filter((m): m is MarketFigure => m !== undefined);
  const max = Math.max(1, ...figures.map((m) => m.value.amount ?? 0));
  const labelW = 14;
  const barW = Math.max(4, Math.min(60, d.width - labelW - 6 - 28));
  const trendCount = d.rows.length - figures.length;
  let seenTrend = false;
  const lit = (i: number, lines: Seg[][]) =>
    d.query && d.matches.has(i) ? lines.map((l) => highlight(l, d.query ?? '', d.theme)) : lines;
  return d.rows.map((r, i) => {
    const m = byId.get(r.id);
    if (m) return lit(i, figureItem(d, m, i, barW, max));
    const first = !seenTrend;
    seenTrend = true;
    return lit(i, trendItem(d, r.cells[0]?.text ?? '', i, first, trendCount));
  });
}

/** The lines that fit in `height`, from the first row shown, moved on until the cursor's row is whole on screen. */
export function marketLines(d: MarketDraw): Seg[][] {
  const items = marketItems(d);
  const cursor = Math.min(d.nav.row, items.length - 1);
  let start = Math.min(d.nav.top, Math.max(0, cursor));
  const heightFrom = (a: number, b: number) => items.slice(a, b + 1).reduce((n, it) => n + it.length, 0);
  while (start < cursor && heightFrom(start, cursor) > d.height) start++;
  const out: Seg[][] = [];
  for (let i = start; i < items.length && out.length < d.height; i++) out.push(...(items[i] as Seg[][]));
  return out.slice(0, d.height);
}
