/** The footer fits the width: legend entries are never cut, notes wrap instead of ending in "…". */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { footerLines, NOTE_LINES } from '../../../source/ui/components/footerLines.js';

const text = (l: ReturnType<typeof footerLines>[number]) =>
  l.kind === 'legend' ? l.parts.map((p) => p.text).join('') : l.text;

describe('footerLines', () => {
  it('keeps the whole legend on one line when it fits, and packs it into more lines when it does not', () => {
    const wide = footerLines(['legend+stale+change+weak'], 200, false);
    expect(wide).toHaveLength(1);
    const narrow = footerLines(['legend+stale+change+weak'], 60, false);
    expect(narrow.length).toBeGreaterThan(1);
    const entries = narrow.flatMap((l) => (l.kind === 'legend' ? l.parts.map((p) => p.text.trim()) : []));
    expect(entries).toEqual([
      'Legend:',
      '✓ GA',
      '◇ Preview',
      '◐ Partial',
      '✗ None',
      '? Unknown',
      '† stale',
      '›‹ dated change',
      expect.stringMatching(/ weak evidence$/),
    ]);
    for (const l of narrow) expect(stringWidth(text(l))).toBeLessThanOrEqual(60);
  });

  it('wraps a long note at 80 columns so that every word is on screen', () => {
    const note =
      'Stale: † marks a source accessed more than 12 months before 2026-11-26; the number says how many of the claims citing it are stale.';
    const lines = footerLines([note], 80, false);
    expect(lines.length).toBe(2);
    expect(lines.map(text).join(' ')).toBe(note);
    expect(lines.map(text).join('')).not.toContain('…');
  });

  it('never draws a line wider than the terminal, and a note takes at most NOTE_LINES lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 400 }), { maxLength: 4 }),
        fc.integer({ min: 20, max: 200 }),
        (notes, width) => {
          const lines = footerLines(notes, width, false);
          for (const l of lines) expect(stringWidth(text(l))).toBeLessThanOrEqual(width);
          expect(lines.length).toBeLessThanOrEqual(notes.length * NOTE_LINES);
        },
      ),
    );
  });
});
