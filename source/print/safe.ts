/**
 * Text from the dataset as printers may write it. `visible` (source/text)
 * escapes controls, bidi and zero-width characters; this also normalises line
 * breaks (CRLF and CR become LF before escaping, so a Windows line ending is a
 * line break, not `\x0d`) and escapes what `visible` lets through but a
 * terminal or spreadsheet would still hide: Unicode tag characters (used to
 * smuggle invisible text) and the line/paragraph separators.
 */
import { visible } from '../text/visible.js';

const HIDDEN = /[\u2028\u2029]|[\u{e0000}-\u{e007f}]/gu;

export function safe(text: string): string {
  return visible(text.replace(/\r\n?/g, '\n')).replace(
    HIDDEN,
    (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** For one line of output (a table cell, a heading): line breaks folded to spaces. */
export function safeLine(text: string): string {
  return safe(text).replace(/\n/g, ' ');
}
