/**
 * The lines under a view's body, fitted to the width: the status legend (glyph
 * and word, so colour is never alone) flowed between its entries, and each note
 * wrapped at its words, so nothing under the body is cut. Pure: the screen
 * counts these lines when it splits the frame, and the footer draws them.
 */
import { STATUSES } from '../data/vocabulary.js';
import { evidenceMark } from '../model/evidence.js';
import { staleGlyph, wrapParagraph } from '../text/format.js';
import { visibleLine } from '../text/visible.js';
import { changeGlyph } from '../views/claim.js';
import { statusLabel } from '../views/status.js';
import { highlight } from './highlight.js';
import { flowSegs, type Seg } from './segs.js';
import { type UiTheme, uiTheme } from './uiTheme.js';

/** `lines`: 'legend' (with '+stale', '+change', '+weak' for the marks in use) or a note. */
export function footerLines(
  lines: readonly string[],
  width: number,
  theme: UiTheme,
  ascii: boolean,
  query = '',
): Seg[][] {
  return lines.flatMap((l) => {
    if (!l.startsWith('legend'))
      return wrapParagraph(visibleLine(l), width).map((t) =>
        highlight([{ text: t, color: theme.muted }], query, theme),
      );
    const has = (mark: string) => l.includes(`+${mark}`);
    const legend: Seg[] = [
      { text: 'Legend: ', color: theme.muted },
      ...STATUSES.map((s) => ({ text: `${statusLabel(s, ascii)}  `, color: theme.status[s] })),
      ...(has('stale') ? [{ text: `${staleGlyph(ascii)} stale  `, color: theme.warning }] : []),
      ...(has('change')
        ? [
            {
              text: `${changeGlyph('upcoming', ascii)}${changeGlyph('recent', ascii)} dated change  `,
              color: theme.accent,
            },
          ]
        : []),
      ...(has('weak')
        ? [
            {
              text: `${evidenceMark('single-source', ascii)}${evidenceMark('secondary', ascii)} weak evidence`,
              color: theme.warning,
            },
          ]
        : []),
    ];
    return flowSegs(legend, width);
  });
}

/** How many lines the footer takes at this width (the same lines, without colour). */
export function footerHeight(lines: readonly string[], width: number, ascii: boolean): number {
  return lines.length === 0 ? 0 : footerLines(lines, width, uiTheme(0), ascii).length;
}
