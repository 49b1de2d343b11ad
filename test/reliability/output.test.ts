/**
 * What reaches stdout and stderr through the built program (issue 16, items 1
 * and 5): data in errors, warnings and problems is escaped, no line is longer
 * than the cap, and Markdown text never holds a bare address a renderer links.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LINE } from '../../source/text/output.js';
import { run } from '../helpers/bin.js';
import { FIXTURES, smallText, tempDir, writeTemp } from '../helpers/tmp.js';

const dir = tempDir();
const OSC52 = '\u001b]52;c;cm0gLXJmIH4K\u0007\u001b]0;PWNED\u0007';

/** No escape, BEL, C1 or invisible character, and no line longer than the message cap. */
function expectClean(text: string, maxLine = 2100) {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
  for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(maxLine);
}

// A key made of terminal escapes, and a key of a million characters.
const hostileKeys = smallText().replace(
  'dataset:\n',
  `dataset:\n  "${OSC52.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}": 1\n  ? ${'k'.repeat(1_000_000)}\n  : 2\n`,
);

describe('messages carry data escaped and capped', () => {
  const file = writeTemp(dir, 'keys.yaml', hostileKeys);
  for (const [what, args] of [
    ['validate', ['validate', file]],
    ['--data', ['--data', file, '--format', 'json']],
    ['diff', ['diff', file, path.join(FIXTURES, 'small.yaml')]],
  ] as const) {
    it(`an unknown key of escapes and one of 1 MB: ${what}`, () => {
      const r = run([...args]);
      expect(r.code).toBe(3);
      expectClean(r.stderr);
      expect(r.stderr).toContain('\\x1b]52;c;');
      expect(r.stderr).toMatch(/more characters\)/);
      // Each line stops at the message cap, and says how much it left out.
      const marker = /… \(\d+ more characters\)$/;
      for (const line of r.stderr.split('\n')) {
        expect(line.replace(marker, '').length).toBeLessThanOrEqual(MAX_MESSAGE_LINE);
      }
    });
  }

  it('a warning names a file whose name holds escapes, escaped', () => {
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    writeTemp(folder, 'main.yaml', smallText());
    writeTemp(
      folder,
      `x${OSC52}.yaml`,
      'sources:\n  - {id: unused, title: T, url: "https://u.example", publisher: P, accessed: 2026-01-01}\n',
    );
    const r = run(['validate', folder]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning');
    expect(r.stderr).toContain('\\x1b]0;PWNED\\x07');
    expectClean(r.stderr);
  });
});

describe('printed views', () => {
  it('hostile data in the lifecycle fields, in every format, has nothing raw', () => {
    for (const format of ['table', 'json', 'csv', 'markdown']) {
      for (const view of ['changes', 'overview', 'sources']) {
        const r = run(['--data', path.join(FIXTURES, 'hostile.yaml'), '--view', view, '--format', format]);
        expect(r.code, r.stderr).toBe(0);
        expectClean(r.stdout.replace(/\r\n/g, '\n'), 64 * 1024);
        expect(r.stdout).not.toMatch(
          /[\u3164\uffa0\u115f\ufffe]|\u034f|\u180b|[\u{e0100}-\u{e01ef}\u{1d173}-\u{1d17a}]/u,
        );
      }
    }
  });

  it('Markdown: notes with bare addresses render without links; only cited sources are links', () => {
    const r = run(['--data', path.join(FIXTURES, 'hostile.yaml'), '--view', 'changes', '--format', 'markdown']);
    const html = marked.parse(r.stdout, { gfm: true }) as string;
    expect(r.stdout).toContain('evil');
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of links) expect(href).toMatch(/^https:\/\/(alpha|beta|news)\.example\//);
    expect(html).not.toContain('href="https://evil');
    expect(html).not.toContain('href="http://www.evil');
    expect(html).not.toContain('mailto:');
  });
});
