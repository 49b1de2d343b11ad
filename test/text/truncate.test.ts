import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { truncateToWidth } from '../../source/text/truncate.js';

describe('truncateToWidth', () => {
  it('fits text whose combining marks cli-truncate measures differently', () => {
    // U+1D157 U+1D165: a spacing combining mark that made a 40-column status line 41 wide.
    for (const [text, width] of [
      ['col 𝅗𝅥 x', 6],
      ['𝅗𝅥𝅗𝅥𝅗𝅥𝅗𝅥𝅗𝅥𝅗𝅥', 4],
      ['abc 𝅗𝅥 def ghi', 8],
    ] as const) {
      const cut = truncateToWidth(text, width);
      expect(stringWidth(cut), cut).toBeLessThanOrEqual(width);
      expect(cut.endsWith('…')).toBe(true);
    }
  });

  it('leaves text that fits alone, and ends cut text with the ellipsis', () => {
    expect(truncateToWidth('Managed notebooks', 40)).toBe('Managed notebooks');
    expect(truncateToWidth('Managed notebooks', 8)).toBe('Managed…');
    expect(truncateToWidth('Managed notebooks', 8, '...')).toBe('Manag...');
    expect(truncateToWidth('训练平台训练平台', 5)).toBe('训练…');
  });

  it('never returns more cells than asked for, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.integer({ min: 1, max: 20 }), (text, width) => {
        expect(stringWidth(truncateToWidth(text, width))).toBeLessThanOrEqual(width);
      }),
      { numRuns: 500 },
    );
  });
});
