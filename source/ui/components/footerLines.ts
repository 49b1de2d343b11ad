/**
 * The lines under a view's body, fitted to the width: the status legend packed
 * into as many lines as it needs (its entries never cut), and each note wrapped
 * rather than cut, up to a few lines. Pure: colours are named by tone and the
 * Footer maps them to the theme, so the screen's layout can count the lines.
 */
import stringWidth from 'string-width';
import { STATUSES, type Status } from '../../data/vocabulary.js';
import { evidenceMark } from '../../model/evidence.js';
import { clip } from '../../text/fit.js';
import { staleGlyph, wrapParagraph } from '../../text/format.js';
import { visibleLine } from '../../text/visible.js';
import { changeGlyph } from '../../views/claim.js';
import { statusLabel } from '../../views/status.js';

export type Tone = 'muted' | 'warning' | 'accent' | Status;

export interface Part {
  text: string;
  tone: Tone;
}

export type FooterLine = { kind: 'legend'; parts: Part[] } | { kind: 'note'; text: string };

/** A note takes at most this many lines; the last one says it was cut. */
export const NOTE_LINES = 3;

/** The legend's entries for a footer line such as `legend+stale+change`. */
function legendParts(line: string, ascii: boolean): Part[] {
  const has = (mark: string) => line.includes(`+${mark}`);
  return [
    { text: 'Legend:', tone: 'muted' },
    ...STATUSES.map((s) => ({ text: statusLabel(s, ascii), tone: s })),
    ...(has('stale') ? [{ text: `${staleGlyph(ascii)} stale`, tone: 'warning' as const }] : []),
    ...(has('change')
      ? [
          {
            text: `${changeGlyph('upcoming', ascii)}${changeGlyph('recent', ascii)} dated change`,
            tone: 'accent' as const,
          },
        ]
      : []),
    ...(has('weak')
      ? [
          {
            text: `${evidenceMark('single-source', ascii)}${evidenceMark('secondary', ascii)} weak evidence`,
            tone: 'warning' as const,
          },
        ]
      : []),
  ];
}

/** Entries packed into lines of `width` cells, two spaces apart (one after a label); an entry wider than a line is clipped. */
function pack(parts: Part[], width: number): Part[][] {
  const lines: Part[][] = [];
  let line: Part[] = [];
  let used = 0;
  for (const part of parts) {
    const w = stringWidth(part.text);
    const gap = line.at(-1)?.text.endsWith(':') ? ' ' : '  ';
    if (line.length > 0 && used + gap.length + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    const text = line.length > 0 ? `${gap}${part.text}` : clip(part.text, width);
    line.push({ ...part, text });
    used += stringWidth(text);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The footer as drawn in `width` cells. */
export function footerLines(lines: readonly string[], width: number, ascii: boolean): FooterLine[] {
  const out: FooterLine[] = [];
  for (const l of lines) {
    if (l.startsWith('legend')) {
      for (const parts of pack(legendParts(l, ascii), width)) out.push({ kind: 'legend', parts });
      continue;
    }
    const wrapped = wrapParagraph(visibleLine(l), Math.max(10, width));
    const shown = wrapped.slice(0, NOTE_LINES);
    if (wrapped.length > NOTE_LINES)
      shown[NOTE_LINES - 1] = clip(`${shown[NOTE_LINES - 1]} ${wrapped[NOTE_LINES]}`, width);
    for (const text of shown) out.push({ kind: 'note', text });
  }
  return out;
}
