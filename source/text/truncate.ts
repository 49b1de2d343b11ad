/**
 * Truncation that always fits. cli-truncate measures some characters
 * differently from string-width (spacing combining marks such as U+1D165 count
 * as zero cells there, one here), so its result can come out a cell or two too
 * wide; this asks for less until string-width agrees the result fits.
 */
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/** `text` cut to at most `width` cells (by string-width), ending in `ellipsis` when cut. */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  const mark = stringWidth(ellipsis) <= width ? ellipsis : '…';
  for (let w = width; w >= 1; w--) {
    const cut = cliTruncate(text, w, { position: 'end', truncationCharacter: mark });
    if (stringWidth(cut) <= width) return cut;
  }
  return width >= 1 ? '…' : '';
}
