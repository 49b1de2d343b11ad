/** Long evidence URLs wrap whole at any width: readable, selectable, and every piece linked to the whole URL. */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { docLines, splitUrl } from '../../source/ui/docLines.js';
import { uiTheme } from '../../source/ui/uiTheme.js';
import type { DocLine } from '../../source/views/evidence/doc.js';

const URL =
  'https://learn.microsoft.com/en-us/azure/machine-learning/how-to-train-distributed-gpu?view=azureml-api-2&tabs=python#deepspeed';
const OSC8 = /\u001b\]8;;([^\u0007]*)\u0007([^\u001b]*)\u001b\]8;;\u0007/g;
const plain = (s: string) => s.replace(OSC8, '$2');

describe.each([40, 60, 80, 120])('at %i columns', (width) => {
  const doc: DocLine[] = [
    [{ text: 'Sources (1)', tone: 'heading' }],
    [{ text: '  [primary] ' }, { text: 'Docs title', tone: 'heading' }],
    [{ text: '    ' }, { text: URL, url: URL }],
    [{ text: 'after' }],
  ];

  it('shows the whole URL over several lines, each line within the width, each piece linked to it', () => {
    const lines = docLines(doc, width, uiTheme(0), true).map((l) => l.map((s) => s.text).join(''));
    const urlLines = lines.slice(2, -1);
    if (stringWidth(URL) + 4 > width) expect(urlLines.length).toBeGreaterThan(1);
    expect(urlLines.map((l) => plain(l).trim()).join('')).toBe(URL);
    for (const l of lines) expect(stringWidth(plain(l))).toBeLessThanOrEqual(width);
    for (const l of urlLines) {
      const targets = [...l.matchAll(OSC8)].map((m) => m[1]);
      expect(targets).toEqual([URL]);
    }
    expect(lines.at(-1)).toBe('after');
  });

  it('without links, the same pieces as plain text', () => {
    const lines = docLines(doc, width, uiTheme(0), false).map((l) => l.map((s) => s.text).join(''));
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(
      lines
        .slice(2, -1)
        .map((l) => l.trim())
        .join(''),
    ).toBe(URL);
  });
});

it('breaks after a separator near the end of a piece', () => {
  expect(splitUrl('https://example.com/a/bbbbbbbb', 22, 22)).toEqual(['https://example.com/a/', 'bbbbbbbb']);
  expect(splitUrl('x'.repeat(10), 4, 4)).toEqual(['xxxx', 'xxxx', 'xx']);
});
