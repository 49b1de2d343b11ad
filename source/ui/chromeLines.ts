/**
 * The lines around a view's body — the tab bar, the banner, the status line
 * and the key hints — as styled segments. The dashboard draws them (App) and
 * so does the first frame, before Ink is loaded (firstFrame.ts). Pure.
 */
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { clip, fitText } from '../text/fit.js';
import { visibleLine } from '../text/visible.js';
import type { ViewName } from '../views/types.js';
import { fitHints, hintsFor } from './hints.js';
import type { CommandContext, KeyContext } from './keys/keymap.js';
import type { Seg } from './segs.js';
import type { StatusPart } from './statusLine.js';
import { BRAND, tabLayout } from './tabs.js';
import type { UiTheme } from './uiTheme.js';

/** The tab bar: every view with its number and a name (abbreviated when narrow), the current one highlighted (inverse, so it reads without colour). */
export function tabBarSegs(view: ViewName, width: number, asOf: string, theme: UiTheme): Seg[] {
  const layout = tabLayout(view, width);
  const date = ` as of ${asOf} `;
  const segs: Seg[] = [];
  let used = 0;
  if (layout.brand) {
    segs.push({ text: BRAND, bold: true, color: theme.accent });
    used += stringWidth(BRAND);
  }
  for (const t of layout.tabs) {
    const on = t.view === view;
    segs.push({ text: t.text, inverse: on, bold: on, color: on ? undefined : theme.hint });
    used += t.width;
  }
  if (used + stringWidth(date) <= width) {
    segs.push({ text: ' '.repeat(width - used - stringWidth(date)) });
    segs.push({ text: date, color: theme.muted });
  }
  return segs;
}

export interface StatusInput {
  parts: readonly StatusPart[];
  width: number;
  /** The search text while the search box is open. */
  searching?: { query: string; matches: number };
  /** A line being typed (the save path). */
  prompt?: { label: string; text: string; cursor?: boolean };
  message?: string;
}

/** The status line: `row x/y`, the cursor column, active filters and sort, the search box while typing, and messages. */
export function statusSegs({ parts, width, searching, prompt, message }: StatusInput, theme: UiTheme, ascii: boolean) {
  const segs: Seg[] = [];
  /** The message at the right end, unless it went first. */
  let tail = message;
  let used = 0;
  const push = (s: Seg) => {
    const text = clip(s.text, Math.max(0, width - used));
    segs.push({ ...s, text });
    used += stringWidth(text);
  };
  if (prompt) {
    push({ text: prompt.label, bold: true, color: theme.accent });
    push({ text: visibleLine(prompt.text) });
    if (prompt.cursor) push({ text: ascii ? '_' : '▏', color: theme.accent });
  } else if (searching) {
    push({ text: '/', bold: true, color: theme.accent });
    push({ text: visibleLine(searching.query) });
    push({ text: ascii ? '_' : '▏', color: theme.accent });
    push({
      text: `  ${searching.matches} match${searching.matches === 1 ? '' : 'es'}`,
      color: searching.matches === 0 && searching.query ? theme.warning : theme.muted,
    });
  } else {
    // A message the position does not leave room for comes first, whole; the position gives way.
    const partsW = parts.reduce((a, p, i) => a + stringWidth(p.text) + (i > 0 ? 3 : 0), 0);
    const first = message !== undefined && message !== '' && partsW + 2 + stringWidth(message) > width;
    if (first) push({ text: `${message}  `, color: theme.warning, bold: true });
    parts.forEach((p, i) => {
      if (i > 0) push({ text: ' │ ', color: theme.muted });
      push({ text: p.text, color: p.active ? theme.warning : undefined, bold: p.active });
    });
    if (first) tail = undefined;
  }
  if (tail) {
    const m = `  ${tail}`;
    const room = width - used;
    if (room >= stringWidth(m)) {
      push({ text: ' '.repeat(room - stringWidth(m)) });
      push({ text: m, color: theme.warning, bold: true });
    } else push({ text: m, color: theme.warning, bold: true });
  }
  segs.push({ text: fitText('', Math.max(0, width - used)) });
  return segs;
}

/** The bottom line: key hints for the focused `context`, generated from the keymap so they cannot lie; `now` decides which commands are available. */
export function hintSegs(
  context: KeyContext,
  width: number,
  view: ViewName | undefined,
  now: CommandContext | undefined,
  theme: UiTheme,
): Seg[] {
  const hints = fitHints(hintsFor(context, view, now), width);
  const segs: Seg[] = [];
  let used = 0;
  for (const h of hints) {
    segs.push({ text: h.key, bold: true, color: theme.accent }, { text: ` ${h.text}  `, color: theme.hint });
    used += stringWidth(h.key) + stringWidth(h.text) + 3;
  }
  segs.push({ text: fitText('', Math.max(0, width - used)) });
  return segs;
}

/** At most this many banner lines: the rest of a very long message ends in an ellipsis. */
export const BANNER_MAX_LINES = 3;
const MARK_WIDTH = 2;

/** The banner's lines at `width` (a reload that failed): the text wrapped after the mark, at most BANNER_MAX_LINES. */
export function bannerLines(text: string, width: number): string[] {
  const room = Math.max(1, width - MARK_WIDTH);
  const lines = wrapAnsi(visibleLine(text), room, { hard: true, trim: true }).split('\n');
  if (lines.length <= BANNER_MAX_LINES) return lines;
  const kept = lines.slice(0, BANNER_MAX_LINES);
  // Too long for the room, the line is cut with an ellipsis; short enough, the ellipsis follows it.
  kept[BANNER_MAX_LINES - 1] = fitText(`${kept[BANNER_MAX_LINES - 1]} …`, room).trimEnd();
  return kept;
}

/** The banner drawn: a warning mark, then the lines from bannerLines. */
export function bannerSegs(lines: readonly string[], theme: UiTheme, ascii: boolean): Seg[][] {
  const mark = ascii ? '! ' : '⚠ ';
  return lines.map((line, i) => [
    { text: i === 0 ? mark : ' '.repeat(MARK_WIDTH), bold: true, color: theme.error },
    { text: line, bold: true, color: theme.warning, inverse: !theme.color },
  ]);
}
