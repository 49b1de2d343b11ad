/** Fitting text into terminal cells, for the screen and printed tables alike: measured with string-width, truncated with an ellipsis, padded. */
import stringWidth from 'string-width';
import { truncateToWidth } from './truncate.js';

const memo = new Map<string, string>();

/**
 * `text` truncated (with …) or padded with spaces to exactly `width` cells.
 * Memoised: a matrix repeats the same few status labels and names every frame.
 */
export function fitText(text: string, width: number, align: 'left' | 'right' = 'left', ellipsis = '…'): string {
  if (width <= 0) return '';
  const key = `${width}${align === 'right' ? 'r' : 'l'}${ellipsis}\u0000${text}`;
  let out = memo.get(key);
  if (out === undefined) {
    out = fitUncached(text, width, align, ellipsis);
    if (memo.size > 50_000) memo.clear();
    memo.set(key, out);
  }
  return out;
}

function fitUncached(text: string, width: number, align: 'left' | 'right', ellipsis: string): string {
  const w = stringWidth(text);
  if (w > width) {
    const cut = truncateToWidth(text, width, ellipsis);
    const cw = stringWidth(cut);
    return cw < width ? cut + ' '.repeat(width - cw) : cut;
  }
  const space = ' '.repeat(width - w);
  return align === 'right' ? space + text : text + space;
}

/** `text` truncated to at most `width` cells, not padded. */
export function clip(text: string, width: number): string {
  if (width <= 0) return '';
  return truncateToWidth(text, width);
}
