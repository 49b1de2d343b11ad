/**
 * How numbers, money, marks and paragraphs read, once for the screen, the
 * evidence pane and printed output: a share as a percentage, an amount in
 * short or full form, the stale mark, prose wrapped to a width. Pure.
 */
import wrapAnsi from 'wrap-ansi';

/** A share (0..1) as a whole percentage; `n/a` when there is none. */
export function percent(share: number | undefined): string {
  return share === undefined ? 'n/a' : `${Math.round(share * 100)}%`;
}

/** The mark after a stale claim's status (the legend and the evidence pane say "stale" in words). */
export const staleGlyph = (ascii = false) => (ascii ? '*' : '†');

/** A short amount for a chart label: $31.8B, $950M, EUR 2.0B. */
export function shortMoney(amount: number, currency: string): string {
  const sym = currency === 'USD' ? '$' : `${currency} `;
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [n, u] of units) if (amount >= n) return `${sym}${(amount / n).toFixed(amount / n >= 100 ? 0 : 1)}${u}`;
  return `${sym}${amount}`;
}

/** A full amount with its comparator and currency: `~1,500,000,000 USD`. */
export function fullMoney(amount: number, currency: string, comparator = ''): string {
  return `${comparator}${amount.toLocaleString('en-US')} ${currency}`;
}

/** Text wrapped to `width` cells (at least 10), hard-breaking long words, each line after `indent`. */
export function wrapParagraph(text: string, width: number, indent = ''): string[] {
  return wrapAnsi(text, Math.max(10, width - indent.length), { hard: true, trim: true })
    .split('\n')
    .map((l) => indent + l);
}
