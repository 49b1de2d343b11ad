import { describe, expect, it } from 'vitest';
import { highlight } from '../../source/ui/highlight.js';
import { uiTheme } from '../../source/ui/uiTheme.js';

const theme = uiTheme(1);

describe('highlight', () => {
  it('splits a segment around each case-insensitive match and styles the match (bold and underline too)', () => {
    const out = highlight([{ text: 'PySpark and Spark', color: 'cyan' }], 'spark', theme);
    expect(out.map((s) => s.text)).toEqual(['Py', 'Spark', ' and ', 'Spark']);
    expect(out[1]).toMatchObject({ color: theme.match, bold: true, underline: true });
    expect(out[0]).toEqual({ text: 'Py', color: 'cyan' });
  });

  it('leaves links (text with escapes) and text without a match whole', () => {
    const link = { text: '\u001b]8;;https://x\u0007spark\u001b]8;;\u0007' };
    expect(highlight([link, { text: 'none' }], 'spark', theme)).toEqual([link, { text: 'none' }]);
    expect(highlight([{ text: 'a' }], '', theme)).toEqual([{ text: 'a' }]);
  });
});
