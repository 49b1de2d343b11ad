/** Fitting text into terminal cells, for the screen and printed tables alike: measured with string-width, truncated with an ellipsis, padded. */
import stringWidth from 'string-width';
import { sizedCache, stringBytes } from './sizedCache.js';
import { truncateToWidth } from './truncate.js';

/** The memo's budget: 2 MiB of keys, values and bookkeeping, the least recently used dropped first. */
export const MEMO_BYTES = 2 * 1024 * 1024;
const memo = sizedCache<string>(MEMO_BYTES, stringBytes);

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

/**
 * `text` fitted to `width` cells like `fitText`, except that when it is cut and
 * ends with `keep` (an eliminated vendor's "(eliminated)"), the words before
 * `keep` give way and `keep` stays whole, as long as the width leaves a few
 * cells for them.
 */
export function fitKeeping(
  text: string,
  keep: string | undefined,
  width: number,
  align: 'left' | 'right' = 'left',
  ellipsis = '…',
): string {
  if (!keep || !text.endsWith(keep) || stringWidth(text) <= width) return fitText(text, width, align, ellipsis);
  const room = width - stringWidth(keep);
  if (room < 4) return fitText(text, width, align, ellipsis);
  return fitText(truncateToWidth(text.slice(0, -keep.length).trimEnd(), room, ellipsis) + keep, width, align, ellipsis);
}

/** `text` truncated to at most `width` cells, not padded. */
export function clip(text: string, width: number): string {
  if (width <= 0) return '';
  return truncateToWidth(text, width);
}
