/**
 * Styled segments, the unit every screen line is made of, and the one way they
 * become SGR-styled text (for Ink's Text nodes and for the first frame, drawn
 * before Ink is loaded). Pure: no Ink, no React.
 */
import stringWidth from 'string-width';
import { clip } from '../text/fit.js';

export interface Seg {
  text: string;
  color?: string;
  bold?: boolean;
  inverse?: boolean;
  dim?: boolean;
  underline?: boolean;
}

/** Segments cut so that together they take at most `width` cells (measured, not counted). */
export function clipSegs(segs: readonly Seg[], width: number): Seg[] {
  let used = 0;
  return segs.map((s) => {
    const text = clip(s.text, Math.max(0, width - used));
    used += stringWidth(text);
    return { ...s, text };
  });
}

/**
 * Segments flowed over as many lines of `width` cells as they need, a line
 * breaking between segments (each an item: a legend entry, a title): an item
 * goes to the next line when its words, not its trailing gap, would pass the
 * edge. Only an item wider than a whole line is cut.
 */
export function flowSegs(segs: readonly Seg[], width: number): Seg[][] {
  const lines: Seg[][] = [];
  let line: Seg[] = [];
  let used = 0;
  for (const item of segs) {
    if (used > 0 && used + stringWidth(item.text.trimEnd()) > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    // The trailing gap is dropped at the edge.
    const text = used + stringWidth(item.text) > width ? item.text.trimEnd() : item.text;
    line.push({ ...item, text: clip(text, width - used) });
    used += stringWidth(text);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const sameStyle = (a: Seg, b: Seg) =>
  a.color === b.color && a.bold === b.bold && a.inverse === b.inverse && a.dim === b.dim && a.underline === b.underline;

function mergeSegs(segs: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    if (s.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, s)) out[out.length - 1] = { ...last, text: last.text + s.text };
    else out.push(s);
  }
  return out;
}

/**
 * SGR codes of the theme's colour names: the eight base colours, which every
 * palette (16 colours, Solarized, light themes) keeps readable, and `faint`,
 * the terminal's own foreground dimmed. No bright colour (SGR 90–97) is drawn.
 */
const FG: Record<string, number> = {
  black: 30,
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  white: 37,
  faint: 2,
};

/** The segments as one string with SGR styles, each segment reset after itself. */
export function segsToAnsi(segs: readonly Seg[]): string {
  let out = '';
  for (const s of mergeSegs(segs)) {
    const codes: number[] = [];
    if (s.bold) codes.push(1);
    if (s.dim) codes.push(2);
    if (s.underline) codes.push(4);
    if (s.inverse) codes.push(7);
    const fg = s.color ? FG[s.color] : undefined;
    if (fg !== undefined && !codes.includes(fg)) codes.push(fg);
    out += codes.length > 0 ? `\u001b[${codes.join(';')}m${s.text}\u001b[0m` : s.text;
  }
  return out;
}

/** `lines` made exactly `height` long: cut, or blank lines added under them. */
export function toHeight(lines: Seg[][], height: number): Seg[][] {
  const out = lines.slice(0, Math.max(0, height));
  while (out.length < height) out.push([]);
  return out;
}

const sameSeg = (a: Seg, b: Seg) => a.text === b.text && sameStyle(a, b);

/**
 * `next`, with each line equal to the one at the same place in `prev` replaced
 * by that earlier array, so a memoised line component sees the same props and
 * is not drawn again (a cursor move changes two lines of a page).
 */
export function keepSameLines(prev: readonly Seg[][], next: Seg[][]): Seg[][] {
  return next.map((line, i) => {
    const old = prev[i];
    return old && old.length === line.length && old.every((s, k) => sameSeg(s, line[k] as Seg)) ? old : line;
  });
}
