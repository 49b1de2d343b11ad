/**
 * Text from the dataset as printers write it: line endings normalised (CRLF
 * and CR become LF, so a Windows line ending is a line break, not `\x0d`),
 * then made visible (source/text/visible.ts).
 */
import { visible } from '../text/visible.js';

export function safe(text: string): string {
  return visible(text.replace(/\r\n?/g, '\n'));
}

/** For one line of output (a table cell, a heading): line breaks folded to spaces. */
export function safeLine(text: string): string {
  return safe(text).replace(/\n/g, ' ');
}
