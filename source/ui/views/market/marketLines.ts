/**
 * The market view: a horizontal bar chart of the market figures and the
 * trends under it. Each metric has its own scale (its largest figure fills
 * the bar), since different metrics are not comparable; the figures come
 * grouped by metric. Bars differ by fill as well as colour: actual █,
 * estimate ▓, projection ░. A bound ends in an open arrow: "more than" ▸┄,
 * "less than" ◂ at the tip. A figure we derived says so. Pure.
 */
import stringWidth from 'string-width';
import type { MarketFigure } from '../../../data/schema.js';
import type { Landscape } from '../../../model/landscape.js';
import { clip, fitText } from '../../../text/fit.js';
import { shortMoney } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import { boundOf, isDerived } from '../../../views/market.js';
import { COMPARATOR_MARK } from '../../../views/money.js';
import type { TableRow } from '../../../views/types.js';
import type { Seg } from '../../components/SegLine.js';
import { keyFor } from '../../keys/keymap.js';
import type { Nav } from '../../state/reducer.js';
import type { UiTheme } from '../../uiTheme.js';

const BAR_FILL: Record<MarketFigure['kind'], { glyph: string; ascii: string }> = {
  actual: { glyph: '█', ascii: '#' },
  estimate: { glyph: '▓', ascii: '=' },
  projection: { glyph: '░', ascii: '-' },
};

export interface MarketDraw {
  land: Landscape;
  rows: readonly TableRow[];
  nav: Nav;
  width: number;
  /** Lines for the chart (two per figure). */
  chartHeight: number;
  /** Lines for the trends block. */
  trendsHeight: number;
  matches: ReadonlySet<number>;
  theme: UiTheme;
  ascii: boolean;
}

/** How a bound ends its bar: more than (the bar could go on), less than (the bar could be shorter). */
export const BOUND_END = {
  lower: { glyph: '▸┄', ascii: '>.' },
  upper: { glyph: '◂', ascii: '<' },
} as const;

/** The bar legend; `compact` for narrow terminals (the words shortened, nothing left out). */
export function legendSegs(theme: UiTheme, ascii: boolean, compact = false): Seg[] {
  const word = compact
    ? { actual: 'actual', estimate: 'est.', projection: 'proj.', more: '>', less: '<', derived: '(derived): ours' }
    : {
        actual: 'actual',
        estimate: 'estimate',
        projection: 'projection',
        more: 'more than',
        less: 'less than',
        derived: 'derived: worked out by us',
      };
  const gap = compact ? ' ' : '  ';
  return [
    ...(Object.keys(BAR_FILL) as MarketFigure['kind'][]).map((k) => ({
      text: `${ascii ? BAR_FILL[k].ascii : BAR_FILL[k].glyph} ${word[k]}${gap}`,
      color: theme.accent,
    })),
    { text: `${ascii ? BOUND_END.lower.ascii : BOUND_END.lower.glyph} ${word.more}${gap}`, color: theme.muted },
    { text: `${ascii ? BOUND_END.upper.ascii : BOUND_END.upper.glyph} ${word.less}${gap}`, color: theme.muted },
    { text: word.derived, color: theme.muted },
  ];
}

export function marketLines(d: MarketDraw): Seg[][] {
  const byId = new Map(d.land.dataset.market.map((m) => [m.id, m]));
  const figures = d.rows.map((r) => byId.get(r.id)).filter((m): m is MarketFigure => m !== undefined);
  // One scale per metric: its largest figure fills the bar.
  const maxOf = new Map<string, number>();
  for (const m of figures) maxOf.set(m.metric, Math.max(maxOf.get(m.metric) ?? 1, m.value.amount ?? 0));
  const labelW = 14;
  const barW = Math.max(4, Math.min(60, d.width - labelW - 6 - 28));
  const out: Seg[][] = [];
  const perPage = Math.max(1, Math.floor(d.chartHeight / 2));
  for (let i = d.nav.top; i < Math.min(figures.length, d.nav.top + perPage); i++) {
    const m = figures[i] as MarketFigure;
    const cursor = i === d.nav.row;
    const mark = cursor ? (d.ascii ? '> ' : '▸ ') : d.matches.has(i) ? (d.ascii ? '* ' : '• ') : '  ';
    const head = `${m.year} ${m.kind}${isDerived(m) ? ' · derived' : ''}`;
    out.push([
      { text: mark, color: d.theme.accent, bold: cursor },
      { text: fitText(`${head}  ${visibleLine(m.metric)}`, d.width - 2), inverse: cursor, bold: cursor },
    ]);
    const amount = m.value.amount;
    const fill = d.ascii ? BAR_FILL[m.kind].ascii : BAR_FILL[m.kind].glyph;
    const max = maxOf.get(m.metric) ?? 1;
    const bound = boundOf(m);
    const end = bound ? (d.ascii ? BOUND_END[bound].ascii : BOUND_END[bound].glyph) : '';
    const len = amount === undefined ? 0 : Math.max(1, Math.round((amount / max) * barW) - stringWidth(end));
    const label =
      amount === undefined
        ? 'no amount'
        : `${COMPARATOR_MARK[m.value.comparator ?? '='] ?? ''}${shortMoney(amount, m.value.currency)}${isDerived(m) ? ' (derived)' : ''}`;
    const rest = `  ${visibleLine(m.value.text)}`;
    const used = 4 + len + stringWidth(end) + 1 + stringWidth(label);
    out.push([
      { text: '    ' },
      {
        text: fill.repeat(len),
        color: m.kind === 'actual' ? d.theme.accent : m.kind === 'estimate' ? d.theme.warning : d.theme.muted,
      },
      { text: end, color: d.theme.muted },
      { text: ` ${label}`, bold: true },
      { text: clip(rest, Math.max(0, d.width - used)), color: d.theme.muted },
    ]);
  }
  const trends = d.land.dataset.trends;
  if (d.trendsHeight > 1 && trends.length > 0) {
    out.push([{ text: '' }]);
    out.push([{ text: `Trends (${trends.length})`, bold: true }]);
    const room = d.trendsHeight + d.chartHeight - out.length;
    const shown = trends.slice(0, trends.length > room ? room - 1 : room);
    for (const t of shown) out.push([{ text: clip(`• ${visibleLine(t.text)}`, d.width) }]);
    if (shown.length < trends.length) {
      out.push([
        {
          text: clip(
            `  …and ${trends.length - shown.length} more; press ${keyFor('open')} on a figure, or print --view market`,
            d.width,
          ),
          color: d.theme.muted,
        },
      ]);
    }
  }
  return out;
}

/** Lines the market chart gets; the rest shows the trends (at least a third of the body when there are any). */
export function marketChartHeight(bodyHeight: number, trends: number): number {
  if (trends === 0) return bodyHeight;
  return Math.max(2, bodyHeight - Math.min(trends + 2, Math.max(3, Math.floor(bodyHeight / 3))));
}
