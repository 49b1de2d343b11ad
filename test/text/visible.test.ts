import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visible, visibleLine } from '../../source/text/visible.js';

describe('visible', () => {
  it.each([
    ['ESC and CSI', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
    ['OSC 8 hyperlink', '\u001b]8;;http://x\u0007y', '\\x1b]8;;http://x\\x07y'],
    ['OSC 52 clipboard', '\u001b]52;c;ZXZpbA==\u0007', '\\x1b]52;c;ZXZpbA==\\x07'],
    ['C1 CSI', 'a\u009b31mb', 'a\\x9b31mb'],
    ['bidi override', 'abc\u202Edef', 'abc<U+202E>def'],
    ['zero-width space', 'a\u200Bb', 'a<U+200B>b'],
    ['tag characters', 'a\u{E0041}b', 'a<U+E0041>b'],
    ['line separator', 'a\u2028b', 'a<U+2028>b'],
    ['a lone joiner', 'a\u200Db', 'a<U+200D>b'],
    ['tab', 'a\tb', 'a b'],
    ['soft hyphen', 'co\u00ADop', 'co<U+00AD>op'],
    ['combining grapheme joiner', 'a\u034Fb', 'a<U+034F>b'],
    ['Hangul fillers', '\u115F\u1160\u3164\uFFA0', '<U+115F><U+1160><U+3164><U+FFA0>'],
    ['Mongolian variation selector', 'a\u180Bb', 'a<U+180B>b'],
    ['a VS16 that widens a text character', '\u2764\uFE0F', '\u2764<U+FE0F>'],
    ['supplementary variation selectors', 'a\u{E0100}\u{E01EF}', 'a<U+E0100><U+E01EF>'],
    ['musical formatting', 'a\u{1D173}\u{1D17A}', 'a<U+1D173><U+1D17A>'],
    ['Khmer inherent vowels', '\u17B4\u17B5', '<U+17B4><U+17B5>'],
    ['noncharacters', '\uFFFE\uFFFF\uFDD0', '<U+FFFE><U+FFFF><U+FDD0>'],
    ['a lone surrogate', 'a\uD800b', 'a<U+D800>b'],
    ['an unassigned code point', 'a\u{E0FFF}\u0378', 'a<U+E0FFF><U+0378>'],
  ])('%s', (_name, input, output) => {
    expect(visible(input)).toBe(output);
  });

  it('keeps emoji, CJK and joined emoji whole', () => {
    for (const s of ['训练平台', '👩‍💻', '😀\uFE0F', 'naïve café']) expect(visible(s)).toBe(s);
  });

  it('escapes a flag whose VS16 widens a text character (terminals disagree on its width)', () => {
    expect(visible('🏳️‍🌈')).toBe('🏳<U+FE0F><U+200D>🌈');
  });

  it('never lets a control, bidi, default-ignorable, noncharacter or unassigned code point through', () => {
    // Mixed with ordinary text, so neighbours (emoji bases, joiners) are generated too.
    const hostile = fc.constantFrom(
      ...'\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B\u180E\u200B\u200C\u200D\u200E\u202E\u2066\u2060\u3164\uFE00\uFE0F\uFEFF\uFFA0\uFFF0\uFFFE\uFFFF\uD800\u2028',
      '\u{1D173}',
      '\u{1D17A}',
      '\u{E0001}',
      '\u{E0100}',
      '\u{E01EF}',
      '\u{1BCA0}',
      '👩',
      '❤',
      '\u{1F3F3}',
      'a',
    );
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: hostile }));
    // Written out here rather than taken from the module under test.
    const forbidden: [number, number][] = [
      [0x00, 0x08],
      [0x0b, 0x1f],
      [0x7f, 0x9f],
      [0xad, 0xad],
      [0x34f, 0x34f],
      [0x61c, 0x61c],
      [0x115f, 0x11ff],
      [0x17b4, 0x17b5],
      [0x180b, 0x180f],
      [0x200b, 0x200c],
      [0x200e, 0x200f],
      [0x202a, 0x202e],
      [0x2060, 0x206f],
      [0x3164, 0x3164],
      [0xd800, 0xdfff],
      [0xfe00, 0xfe0e],
      [0xfeff, 0xfeff],
      [0xffa0, 0xffa0],
      [0xfff0, 0xfffb],
      [0xfffe, 0xffff],
      [0x1bca0, 0x1bca3],
      [0x1d173, 0x1d17a],
      [0xe0000, 0xe0fff],
    ];
    const bad = (s: string) =>
      [...s].find((c) => {
        const cp = c.codePointAt(0) ?? 0;
        return forbidden.some(([lo, hi]) => cp >= lo && cp <= hi);
      });
    fc.assert(
      fc.property(text, (s) => {
        const out = visibleLine(s);
        expect(bad(out)).toBeUndefined();
        // A joiner or VS16 left in place sits in an emoji sequence.
        expect(out).not.toMatch(/(?<!\p{Extended_Pictographic}\uFE0F?)\u200D/u);
        expect(out).not.toMatch(/(?<!\p{Emoji_Presentation})\uFE0F/u);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a control character or bidi override through (any code unit)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = visibleLine(s);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 500 },
    );
  });
});
