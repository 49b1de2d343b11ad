/**
 * Turns an evidence document into styled lines, with URLs as OSC 8 links when
 * allowed. A URL too long for its line wraps onto the lines under it, lined up
 * under its start, so the whole address can be read and selected; each piece
 * links to the whole URL. Other text is clipped to the width. Pure.
 */
import stringWidth from 'string-width';
import { clip } from '../text/fit.js';
import type { DocLine, Segment } from '../views/evidence/doc.js';
import { highlight } from './highlight.js';
import { hyperlink } from './link.js';
import type { Seg } from './segs.js';
import type { UiTheme } from './uiTheme.js';

/** A wrapped URL's pieces start under the URL when at least this many cells are left there, else at the margin. */
const MIN_URL_ROOM = 24;

function colorOf(seg: Segment, theme: UiTheme): string | undefined {
  if (seg.status) return theme.status[seg.status];
  switch (seg.tone) {
    case 'muted':
      return theme.muted;
    case 'accent':
      return theme.accent;
    case 'warning':
      return theme.warning;
    case 'label':
      return theme.label;
    default:
      return undefined;
  }
}

/**
 * Splits `text` into pieces of at most `first` cells, then `rest` cells each,
 * breaking after a `/`, `?`, `&`, `=`, `-`, `.` or `#` near a piece's end where
 * there is one.
 */
export function splitUrl(text: string, first: number, rest: number): string[] {
  const pieces: string[] = [];
  const chars = [...text];
  let at = 0;
  while (at < chars.length) {
    const room = Math.max(1, pieces.length === 0 ? first : rest);
    let end = at;
    let used = 0;
    while (end < chars.length && used + stringWidth(chars[end] as string) <= room)
      used += stringWidth(chars[end++] as string);
    if (end === at) end = at + 1;
    if (end < chars.length) {
      // Prefer a break after a separator in the last third of the piece.
      for (let k = end; k > at + Math.floor((end - at) * 0.66); k--) {
        if (/[/?&=\-.#]/.test(chars[k - 1] as string)) {
          end = k;
          break;
        }
      }
    }
    pieces.push(chars.slice(at, end).join(''));
    at = end;
  }
  return pieces;
}

/** The document as styled lines; long URLs wrap whole, and with a `query` its matches are highlighted. */
export function docLines(
  lines: readonly DocLine[],
  width: number,
  theme: UiTheme,
  links: boolean,
  query = '',
): Seg[][] {
  const out: Seg[][] = [];
  for (const line of lines) {
    let used = 0;
    let segs: Seg[] = [];
    for (const seg of line) {
      const room = width - used;
      if (room <= 0) break;
      const color = colorOf(seg, theme);
      const style = { color, bold: seg.tone === 'heading', underline: Boolean(seg.url) && links };
      if (seg.url && stringWidth(seg.text) > room) {
        // The whole address, wrapped: every piece links to the whole URL.
        const indent = room >= MIN_URL_ROOM ? used : 0;
        const pieces = splitUrl(seg.text, room, width - indent);
        pieces.forEach((piece, i) => {
          if (i > 0) {
            out.push(query ? highlight(segs, query, theme) : segs);
            segs = indent > 0 ? [{ text: ' '.repeat(indent) }] : [];
          }
          segs.push({ text: hyperlink(piece, seg.url as string, links), ...style });
        });
        used = width;
        continue;
      }
      const text = clip(seg.text, room);
      used += stringWidth(text);
      // A link is only emitted when its whole text is shown; a clipped link would hide where it goes.
      const linked = seg.url && text === seg.text ? hyperlink(text, seg.url, links) : text;
      segs.push({ text: linked, ...style });
    }
    out.push(query ? highlight(segs, query, theme) : segs);
  }
  return out;
}
