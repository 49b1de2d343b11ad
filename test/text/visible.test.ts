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
  ])('%s', (_name, input, output) => {
    expect(visible(input)).toBe(output);
  });

  it('keeps emoji, CJK and joined emoji whole', () => {
    for (const s of ['训练平台', '👩‍💻', '🏳️‍🌈', 'naïve café']) expect(visible(s)).toBe(s);
  });

  it('never lets a control character or bidi override through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = visibleLine(s);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: 500 },
    );
  });
});
