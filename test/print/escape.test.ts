/** The escaping helpers of each printer, on their own. */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../source/print/csv.js';
import { jsonText } from '../../source/print/json.js';
import { mdLinkText, mdParagraph, mdText, mdUrl } from '../../source/print/markdown.js';
import { safe, safeLine } from '../../source/print/safe.js';
import { fitCell } from '../../source/print/table.js';

describe('safe text', () => {
  it('makes controls, bidi, zero-width and tag characters visible', () => {
    expect(safe('a\u001b[31mb')).toBe('a\\x1b[31mb');
    expect(safe('\u009b\u0085\u0007')).toBe('\\x9b\\x85\\x07');
    expect(safe('x\u202ey\u200bz')).toBe('x<U+202E>y<U+200B>z');
    expect(safe('tag\u{e0041}')).toBe('tag<U+E0041>');
    expect(safe('line\u2028sep')).toBe('line<U+2028>sep');
  });
  it('treats CRLF and CR as line breaks', () => {
    expect(safe('a\r\nb\rc')).toBe('a\nb\nc');
    expect(safeLine('a\r\nb')).toBe('a b');
  });
});

describe('JSON text', () => {
  it('escapes what JSON.stringify leaves raw, losslessly', () => {
    const value = { s: 'a\u009bb\u202ec\u2028d\u{e0041}e\u007f' };
    const text = jsonText(value);
    expect(text).toContain('a\\u009bb\\u202ec\\u2028d\\udb40\\udc41e\\u007f');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('CSV fields', () => {
  it('keeps line breaks as CRLF inside the field', () => {
    expect(csvField('a\nb')).toBe('a\r\nb');
    expect(csvField('a\u001bb')).toBe('a\\x1bb');
  });
});

describe('Markdown', () => {
  it('escapes pipes, markup, HTML, entities and math; keeps the rest readable', () => {
    expect(mdText('a | b')).toBe('a \\| b');
    expect(mdText('*x* _y_ `z` [l](u) <b> &amp; $1 ~s~')).toBe(
      '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\&amp; \\$1 \\~s\\~',
    );
    expect(mdText('per GPU-hour, v1.2 (beta)')).toBe('per GPU-hour, v1.2 (beta)');
    expect(mdText('back\\slash')).toBe('back\\\\slash');
  });
  it('no bare address in text becomes a link (GFM autolinks: scheme, www., e-mail)', () => {
    const text = 'see https://evil.example/x, www.evil.example and mail ops@evil.example or HTTP://X.example';
    const html = marked.parse(`| a |\n| --- |\n| ${mdText(text)} |\n\n${mdParagraph(text)}\n`, { gfm: true }) as string;
    expect(html).not.toContain('<a ');
    expect(html).toContain('https://evil.example/x');
    expect(html).toContain('ops@evil.example');
  });
  it('keeps a cell on one row', () => {
    expect(mdText('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
  });
  it('a paragraph cannot become a heading or list', () => {
    expect(mdParagraph('# h')).toBe('\\# h');
    expect(mdParagraph('- item')).toBe('\\- item');
    expect(mdParagraph('1. first')).toBe('1\\. first');
  });
  it('link text uses references for brackets; URLs are percent-encoded in angle brackets', () => {
    expect(mdLinkText('a [b] c')).toBe('a &#91;b&#93; c');
    expect(mdUrl('https://x.example/a b<c>\u001b')).toBe('<https://x.example/a%20b%3Cc%3E%1B>');
  });
});

describe('table cells', () => {
  it('pads and truncates by display width', () => {
    expect(fitCell('abc', 5)).toBe('abc  ');
    expect(fitCell('abc', 5, 'right')).toBe('  abc');
    expect(fitCell('abcdefgh', 5)).toBe('abcd…');
    expect(fitCell('abcdefgh', 5, 'left', true)).toBe('ab...');
    expect(fitCell('训练平台', 5)).toBe('训练…');
  });
});
