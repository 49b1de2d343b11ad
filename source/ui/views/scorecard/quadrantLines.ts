/**
 * The quadrant as terminal lines: breadth across, maturity up, each vendor a
 * numbered point (1, 2, … keyed in the legend), its short name beside it only
 * where that covers nothing (no point, line, corner name or other label),
 * dotted lines at the average, the quadrant names in the corners, axes
 * labelled with their ends, and a legend with the exact coordinates, their
 * ranges and the verdict (so nothing is read off the chart alone). The axes
 * zoom to the data's range, padded and rounded out to whole percents. Pure.
 */
import stringWidth from 'string-width';
import { QUADRANT_NAMES } from '../../../model/score.js';
import { clip, fitText } from '../../../text/fit.js';
import { percent } from '../../../text/format.js';
import { visibleLine } from '../../../text/visible.js';
import { type QuadrantView, verdictText } from '../../../views/quadrant.js';
import type { Seg } from '../../segs.js';
import type { UiTheme } from '../../uiTheme.js';
export interface QuadrantDraw {
  q: QuadrantView;
  width: number;
  height: number;
  theme: UiTheme;
  ascii: boolean;
}

type Style = 'axis' | 'line' | 'name' | 'point' | 'label' | 'gap' | undefined;
interface Cell {
  ch: string;
  style: Style;
}

/** An axis range around the values and the line: padded by a tenth of their spread (at least 1 point), whole percents, inside 0..1, at least 4 points wide. */
export function axisRange(values: readonly number[], split: number): [number, number] {
  const all = [...values, split];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = Math.max(0.01, (max - min) / 10);
  let lo = Math.max(0, Math.floor((min - pad) * 100) / 100);
  let hi = Math.min(1, Math.ceil((max + pad) * 100) / 100);
  if (hi - lo < 0.04) {
    if (hi >= 1) lo = Math.max(0, hi - 0.04);
    else hi = Math.min(1, lo + 0.04);
  }
  return [lo, hi];
}

/** The mark of the n-th point (1-based): 1…9, then a…z. */
export function pointMark(n: number): string {
  return n <= 9 ? String(n) : String.fromCharCode(96 + Math.min(26, n - 9));
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
  // The legend: a line per vendor when there is room, else one line keying the numbers.
  const withLegend = d.height - legendHeight(q) >= QUADRANT_MIN_HEIGHT;
  const plotH = Math.max(3, d.height - 3 - (withLegend ? legendHeight(q) : 1));
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
  // Points (numbered, in legend order), then labels only on blank cells: never over a point, line, name or label.
  const placed: { label: string; r: number; c: number; marks: string[]; names: string[] }[] = [];
  q.points.forEach((p, i) => {
    if (p.breadth === undefined || p.maturity === undefined) return;
    const r = row(p.maturity);
    const c = col(p.breadth);
    const same = placed.find((x) => x.r === r && x.c === c);
    if (same) {
      same.names.push(visibleLine(p.label));
      same.marks.push(pointMark(i + 1));
      // A shared point (◆) says which numbers it stands for.
      same.label = `${same.marks.join('+')} ${same.names.join('+')}`;
    } else placed.push({ label: visibleLine(p.label), r, c, marks: [pointMark(i + 1)], names: [visibleLine(p.label)] });
  });
  for (const { r, c, marks } of placed) put(r, c, marks.length > 1 ? g.many : (marks[0] ?? g.point), 'point');
  // Quadrant names in the corners, each only where it covers no line or point (else the legend says it).
  const names = {
    tl: QUADRANT_NAMES.focused,
    tr: QUADRANT_NAMES.leaders,
    bl: QUADRANT_NAMES.emerging,
    br: QUADRANT_NAMES.broad,
  };
  const maybe = (r: number, c: number, s: string) => {
    const w = stringWidth(s);
    const clear = Array.from({ length: w + 2 }, (_, i) => grid[r]?.[c - 1 + i]).every(
      (cell, i) => (cell === undefined && (i === 0 || i === w + 1)) || cell?.style === undefined,
    );
    if (clear && c >= 0 && c + w <= plotW) text(r, c, s, 'name');
  };
  maybe(0, 1, names.tl);
  maybe(0, Math.max(0, plotW - stringWidth(names.tr) - 1), names.tr);
  maybe(plotH - 1, 1, names.bl);
  maybe(plotH - 1, Math.max(0, plotW - stringWidth(names.br) - 1), names.br);
  for (const { label, r, c } of placed) {
    const w = stringWidth(label);
    const blank = (rr: number, cc: number) => grid[rr]?.[cc]?.style === undefined && grid[rr]?.[cc] !== undefined;
    // A gap of one blank cell before and after, so a label never touches what it is not.
    const free = (rr: number, from: number) =>
      from >= 1 && from + w < plotW && Array.from({ length: w + 2 }, (_, i) => blank(rr, from - 1 + i)).every(Boolean);
    const spots: [number, number][] = [
      [r, c + 2],
      [r, c - w - 1],
    ];
    const spot = spots.find(([rr, cc]) => free(rr, cc));
    if (!spot) continue;
    text(spot[0], spot[1], label, 'label');
    // Keep the blank on either side, so the next label cannot run into this one.
    put(spot[0], spot[1] - 1, ' ', 'gap');
    put(spot[0], spot[1] + w, ' ', 'gap');
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
        `maturity ↑ (GA ÷ available) ${percent(y0)}–${percent(y1)}   lines at the average   numbers: the legend`,
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
  const mid = `breadth → (available ÷ known) ${percent(x0)}–${percent(x1)}, avg ${percent(q.split.breadth)}`;
  const room = plotW - stringWidth(xl) - stringWidth(xr);
  const midText = room > stringWidth(mid) + 2 ? fitText(`  ${mid}`, room) : ' '.repeat(Math.max(0, room));
  out.push([{ text: clip(`${' '.repeat(yLabelW + 1)}${xl}${midText}${xr}`, width), color: theme.muted }]);
  if (!withLegend) {
    const key = q.points.map((p, i) => `${pointMark(i + 1)} ${visibleLine(p.label)}`).join('  ');
    out.push([{ text: clip(`  ${key}  (? for the axes)`, width), color: theme.muted }]);
  } else {
    const range = (r: { low: number; high: number } | undefined) =>
      r && r.high - r.low > 1e-9 ? ` (${Math.round(r.low * 100)}–${Math.round(r.high * 100)})` : '';
    q.points.forEach((p, i) => {
      const where =
        p.breadth === undefined || p.maturity === undefined
          ? 'no known feature'
          : `breadth ${percent(p.breadth)}${range(p.breadthRange)}  maturity ${percent(p.maturity)}${range(p.maturityRange)}  ${verdictText(p)}`;
      out.push([
        { text: `  ${pointMark(i + 1)} `, color: theme.accent, bold: true },
        { text: fitText(visibleLine(p.label), 12), bold: true },
        { text: clip(`${where}  ${visibleLine(p.name)}`, Math.max(0, width - 16)) },
      ]);
    });
  }
  return out.slice(0, d.height);
}
