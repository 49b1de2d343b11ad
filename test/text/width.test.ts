/** The fast path of source/text/width.ts agrees with `string-width` wherever it answers. */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import width, { NARROW, narrowWidth } from '../../source/text/width.js';

const narrowCodePoints = (): number[] => {
  const all: number[] = [];
  for (let i = 0; i < NARROW.length; i += 2)
    for (let cp = NARROW[i] as number; cp <= (NARROW[i + 1] as number); cp++) all.push(cp);
  return all;
};

describe('width', () => {
  it('every code point in the table is one cell, as string-width says', () => {
    const wrong = narrowCodePoints().filter((cp) => stringWidth(String.fromCodePoint(cp)) !== 1);
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('answers from the table for ASCII, coloured text and the status glyphs', () => {
    expect(narrowWidth('hello')).toBe(5);
    expect(narrowWidth('\u001b[32m✓ GA\u001b[39m · │ ─ → …')).toBe(14);
    expect(narrowWidth('')).toBe(0);
  });

  it('leaves CJK, emoji, combining marks, hyperlinks and lone surrogates to string-width', () => {
    for (const s of [
      '日本',
      '👩‍💻',
      'e\u0301',
      '☔',
      '✔\ufe0f',
      '\u001b]8;;https://x\u0007x\u001b]8;;\u0007',
      '\ud800',
    ])
      expect(narrowWidth(s), s).toBeUndefined();
  });

  it('equals string-width on any mix of table characters, colour codes and others', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...narrowCodePoints().filter((_, i) => i % 7 === 0)).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom(
        '\u001b[1m',
        '\u001b[38;5;208m',
        '\u001b[0m',
        '\u0301',
        '\u200d',
        '\ufe0f',
        '日',
        '👩',
        '\t',
        '\u001b',
      ),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(width(s)).toBe(stringWidth(s));
        expect(width(s, { ambiguousIsNarrow: false })).toBe(stringWidth(s, { ambiguousIsNarrow: false }));
        expect(width(s, { countAnsiEscapeCodes: true })).toBe(stringWidth(s, { countAnsiEscapeCodes: true }));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
