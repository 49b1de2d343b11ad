/** Under the body: the legend flows between its entries and notes wrap at their words, nothing cut, at any width. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { footerHeight, footerLines } from '../../source/ui/footerLines.js';
import { uiTheme } from '../../source/ui/uiTheme.js';

const text = (lines: ReturnType<typeof footerLines>) => lines.map((l) => l.map((s) => s.text).join(''));

describe.each([40, 60, 80, 200])('the footer at %i columns', (width) => {
  it('flows the legend with every mark, and wraps a long note, each line within the width', () => {
    const note =
      'Stale: feature and accelerator claims older than 12 months (today 2026-11-26; --stale-after), counted per vendor.';
    const lines = text(footerLines(['legend+stale+change+weak', note], width, uiTheme(0), false));
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width);
    const all = lines.join(' ').replace(/\s+/g, ' ');
    for (const word of ['GA', 'Preview', 'Partial', 'None', 'Unknown', 'stale', 'dated change', 'weak evidence'])
      expect(all).toContain(word);
    expect(all).toContain(note);
    expect(all).not.toContain('…');
    expect(footerHeight(['legend+stale+change+weak', note], width, false)).toBe(lines.length);
  });
});
