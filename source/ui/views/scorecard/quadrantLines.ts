/**
 * The quadrant as terminal lines: breadth across, maturity up, each vendor a
 * labelled point (● and its short name), dotted lines at the shown vendors'
 * average, the quadrant names in the corners, labelled axes, and a legend
 * with the exact coordinates (so nothing is read off the chart alone). The
 * axes zoom to the vendors' range, rounded out to tenths. Pure.
 */
import stringWidth from 'string-width';
import { QUADRANT_NAMES } from '../../../model/score.js';
import { clip, fitText } from '../../../text/fit.js';
import { percent } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import type { QuadrantView } from '../../../views/quadrant.js';
import type { Seg } from '../../components/SegLine.js';
import { keyFor } from '../../keys/keymap.js';
import type { UiTheme } from '../../uiTheme.js';

export interface QuadrantDraw {
  q: QuadrantView;
  width: number;
  height: number;
  theme: UiTheme;
  ascii: boolean;
}

type Style = 'axis' | 'line' | 'name' | 'point' | 'label' | undefined;
interface Cell {
  ch: string;
  style: Style;
}

/** An axis range around the values: rounded out to tenths, at least 0.2 wide, inside 0..1. */
function axisRange(values: readonly number[], split: number): [number, number] {
  const all = [...values, split];
  let lo = Math.floor((Math.min(...all) - 0.02) * 10) / 10;
  let hi = Math.ceil((Math.max(...all) + 0.02) * 10) / 10;
  lo = Math.max(0, lo);
  hi = Math.min(1, hi);
  if (hi - lo < 0.2) {
    if (hi >= 1) lo = Math.max(0, hi - 0.2);
    else hi = Math.min(1, lo + 0.2);
  }
  return [lo, hi];
}

/** Lines the legend under the plot takes (one per vendor); the chart drops it when short of room. */
const legendHeight = (q: QuadrantView) => q.points.length;

/** The smallest height that still draws a useful chart. */
export const QUADRANT_MIN_HEIGHT = 9;

export function quadrantLines(d: QuadrantDraw): Seg[][] {
  const { q, width, theme, ascii } = d;
  const g = ascii
    ? { point: 'o', many: '@', v: '|', h: '-', corner: '+', vs: ':', hs: '.', cross: '+' }
    : { point: '●', many: '◆', v: '│', h: '─', corner: '└', vs: '┊', hs: '┈', cross: '┼' };
  const withLegend = d.height - legendHeight(q) >= QUADRANT_MIN_HEIGHT;
  const plotH = Math.max(3, d.height - 3 - (withLegend ? legendHeight(q) : 0));
  const yLabelW = 5;
  const plotW = Math.max(10, width - yLabelW - 1);
  const pts = q.points.filter((p) => p.breadth !== undefined && p.maturity !== undefined);
  const [x0, x1] = axisRange(
    pts.map((p) => p.breadth as number),
    q.split.breadth,
  );
  const [y0, y1] = axisRange(
    pts.map((p) => p.maturity as number),
    q.split.maturity,
  );
  const col = (x: number) => Math.round(((x - x0) / (x1 - x0)) * (plotW - 1));
  const row = (y: number) => plotH - 1 - Math.round(((y - y0) / (y1 - y0)) * (plotH - 1));

  const grid: Cell[][] = Array.from({ length: plotH }, () =>
    Array.from({ length: plotW }, () => ({ ch: ' ', style: undefined as Style })),
  );
  const put = (r: number, c: number, ch: string, style: Style) => {
    const cell = grid[r]?.[c];
    if (cell) {
      cell.ch = ch;
      cell.style = style;
    }
  };
  const text = (r: number, c: number, s: string, style: Style) => {
    [...s].forEach((ch, i) => {
      put(r, c + i, ch, style);
    });
  };
  // Average lines.
  const sx = col(q.split.breadth);
  const sy = row(q.split.maturity);
  for (let r = 0; r < plotH; r++) put(r, sx, g.vs, 'line');
  for (let c = 0; c < plotW; c++) put(sy, c, c === sx ? g.cross : g.hs, 'line');
  // Quadrant names in the corners (points and labels may cover them).
  const names = {
    tl: QUADRANT_NAMES.focused,
    tr: QUADRANT_NAMES.leaders,
    bl: QUADRANT_NAMES.emerging,
    br: QUADRANT_NAMES.broad,
  };
  text(0, 1, names.tl, 'name');
  text(0, Math.max(0, plotW - names.tr.length - 1), names.tr, 'name');
  text(plotH - 1, 1, names.bl, 'name');
  text(plotH - 1, Math.max(0, plotW - names.br.length - 1), names.br, 'name');
  // Points, then labels that do not cover another point or label.
  const taken: boolean[][] = grid.map((r) => r.map(() => false));
  // Vendors that land on the same cell share one point (◆) and one label (a+b).
  const placed: { label: string; r: number; c: number; n: number }[] = [];
  for (const p of pts) {
    const r = row(p.maturity as number);
    const c = col(p.breadth as number);
    const same = placed.find((x) => x.r === r && x.c === c);
    if (same) {
      same.label += `+${visibleLine(p.label)}`;
      same.n++;
    } else placed.push({ label: visibleLine(p.label), r, c, n: 1 });
  }
  for (const { r, c, n } of placed) {
    put(r, c, n > 1 ? g.many : g.point, 'point');
    const t = taken[r];
    if (t) t[c] = true;
  }
  for (const { label, r, c } of placed) {
    const w = stringWidth(label);
    const free = (rr: number, from: number) =>
      from >= 0 && from + w <= plotW && Array.from({ length: w }, (_, i) => !taken[rr]?.[from + i]).every(Boolean);
    const spots: [number, number][] = [
      [r, c + 2],
      [r, c - w - 1],
      [r - 1, c - Math.floor(w / 2)],
      [r + 1, c - Math.floor(w / 2)],
      [r - 1, c - w],
      [r + 1, c - w],
    ];
    const spot = spots.find(([rr, cc]) => rr >= 0 && rr < plotH && free(rr, cc));
    if (!spot) continue;
    text(spot[0], spot[1], label, 'label');
    for (let i = 0; i < w; i++) {
      const t = taken[spot[0]];
      if (t) t[spot[1] + i] = true;
    }
  }

  const style = (s: Style): Omit<Seg, 'text'> => {
    switch (s) {
      case 'point':
        return { color: theme.accent, bold: true };
      case 'label':
        return { bold: true };
      case 'name':
        return { color: theme.muted, dim: !theme.color };
      case 'line':
      case 'axis':
        return { color: theme.muted };
      default:
        return {};
    }
  };
  const out: Seg[][] = [];
  out.push([
    { text: clip('Quadrant  ', width), bold: true },
    {
      text: clip(
        `maturity ↑ (GA ÷ available)   lines at the average (press ${keyFor('help.toggle')} for the axes)`,
        Math.max(0, width - 10),
      ),
      color: theme.muted,
    },
  ]);
  grid.forEach((cells, r) => {
    const yl = r === 0 ? percent(y1) : r === plotH - 1 ? percent(y0) : r === sy ? percent(q.split.maturity) : '';
    const segs: Seg[] = [{ text: fitText(yl, yLabelW - 1, 'right'), color: theme.muted }, { text: ` ${g.v}` }];
    let run = '';
    let runStyle: Style;
    for (const cell of cells) {
      if (cell.style !== runStyle && run) {
        segs.push({ text: run, ...style(runStyle) });
        run = '';
      }
      runStyle = cell.style;
      run += cell.ch;
    }
    if (run) segs.push({ text: run, ...style(runStyle) });
    out.push(segs);
  });
  out.push([{ text: `${' '.repeat(yLabelW)}${g.corner}${g.h.repeat(plotW)}`, color: theme.muted }]);
  const xl = percent(x0);
  const xr = percent(x1);
  const mid = `breadth → (available ÷ known)  avg ${percent(q.split.breadth)}`;
  const room = plotW - stringWidth(xl) - stringWidth(xr);
  const midText = room > stringWidth(mid) + 2 ? fitText(`  ${mid}`, room) : ' '.repeat(Math.max(0, room));
  out.push([{ text: clip(`${' '.repeat(yLabelW + 1)}${xl}${midText}${xr}`, width), color: theme.muted }]);
  if (withLegend) {
    for (const p of q.points) {
      const where =
        p.breadth === undefined || p.maturity === undefined
          ? 'no known feature'
          : `breadth ${percent(p.breadth)}  maturity ${percent(p.maturity)}  ${p.quadrant ? QUADRANT_NAMES[p.quadrant] : ''}`;
      out.push([
        { text: `  ${g.point} `, color: theme.accent, bold: true },
        { text: fitText(visibleLine(p.label), 12), bold: true },
        { text: clip(`${where}  ${visibleLine(p.name)}`, Math.max(0, width - 16)) },
      ]);
    }
  }
  return out.slice(0, d.height);
}
