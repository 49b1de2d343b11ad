/**
 * Hostile data (test/fixtures/hostile.yaml) in every view and format: nothing a
 * terminal would act on reaches stdout, tables keep their width with CJK and
 * emoji, and colour appears only when asked for.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../source/print/index.js';
import { VIEW_NAMES } from '../../source/views/types.js';
import { runMain } from '../cli/fakeIo.js';

const HOSTILE = ['--data', 'test/fixtures/hostile.yaml'];
// C0 except LF (CR only inside CSV's CRLF), DEL, C1, bidi, zero-width, BOM, tag characters;
// a zero-width joiner is allowed only inside an emoji sequence (👩‍💻).
const RAW =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\u{e0000}-\u{e007f}]|\r(?!\n)|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/u;
const ANSI = /\u001b\[/;

describe('hostile text in every view and format', () => {
  for (const view of VIEW_NAMES) {
    for (const format of FORMATS) {
      it(`${view} as ${format}: no raw control, bidi or invisible character`, async () => {
        const r = await runMain([...HOSTILE, '--view', view, '--format', format, '--width', '72']);
        expect(r.code).toBe(0);
        const found = RAW.exec(r.stdout);
        expect(found?.[0].codePointAt(0)?.toString(16), `raw character in ${view}.${format}`).toBeUndefined();
        if (format !== 'csv') expect(r.stdout).not.toMatch(/\r/);
      });
    }
  }

  it.each([30, 45, 72, 120])('every table line fits in --width %i, CJK and emoji included', async (width) => {
    for (const view of VIEW_NAMES) {
      const r = await runMain([...HOSTILE, '--view', view, '--width', String(width)]);
      for (const line of r.stdout.split('\n')) expect(stringWidth(line), `${view}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it('truncates with an ellipsis, and with "..." in ASCII mode', async () => {
    const r = await runMain([...HOSTILE, '--view', 'features', '--width', '40']);
    expect(r.stdout).toContain('…');
    const ascii = await runMain([...HOSTILE, '--view', 'features', '--width', '40'], { env: { TERM: 'dumb' } });
    expect(ascii.stdout).toContain('...');
    expect(ascii.stdout).not.toMatch(/[✓◇◐✗─…]/);
  });
});

describe('colour', () => {
  const args = ['--data', 'test/fixtures/small.yaml', '--view', 'features'];

  it('none when piped', async () => {
    expect((await runMain(args)).stdout).not.toMatch(ANSI);
  });

  it('on a terminal, status cells are coloured and still carry glyph and word', async () => {
    const r = await runMain([...args, '--format', 'table'], { tty: 80 });
    expect(r.stdout).toMatch(/\u001b\[32m✓ GA/);
    expect(r.stdout).toContain('Legend: ✓ GA  ◇ Preview  ◐ Partial  ✗ None  ? Unknown');
  });

  it('none on a terminal under NO_COLOR or --no-color', async () => {
    expect((await runMain([...args, '--format', 'table'], { tty: 80, env: { NO_COLOR: '1' } })).stdout).not.toMatch(
      ANSI,
    );
    expect((await runMain([...args, '--format', 'table', '--no-color'], { tty: 80 })).stdout).not.toMatch(ANSI);
  });

  it('FORCE_COLOR forces it when piped', async () => {
    expect((await runMain(args, { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
  });

  it('never in JSON, CSV or Markdown, even forced', async () => {
    for (const format of ['json', 'csv', 'markdown']) {
      const r = await runMain([...args, '--format', format], { tty: 80, env: { FORCE_COLOR: '3' } });
      expect(r.stdout).not.toMatch(ANSI);
    }
  });
});

describe('width', () => {
  const args = ['--data', 'test/fixtures/small.yaml', '--view', 'overview'];
  const widest = (s: string) => Math.max(...s.split('\n').map((l) => stringWidth(l)));

  it('--width wins, then $COLUMNS, then the terminal, then 100', async () => {
    expect(widest((await runMain([...args, '--width', '50'], { env: { COLUMNS: '70' }, tty: 90 })).stdout)).toBe(50);
    expect(widest((await runMain(args, { env: { COLUMNS: '70' }, tty: 90 })).stdout)).toBeLessThanOrEqual(70);
    expect(widest((await runMain([...args, '--format', 'table'], { tty: 60 })).stdout)).toBeLessThanOrEqual(60);
    const piped = (await runMain(args)).stdout;
    expect(widest(piped)).toBeLessThanOrEqual(100);
    expect(widest(piped)).toBeGreaterThan(80);
  });

  it('a nonsense $COLUMNS is ignored; a nonsense --width is a usage error', async () => {
    expect((await runMain(args, { env: { COLUMNS: 'wide' } })).code).toBe(0);
    const r = await runMain([...args, '--width', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--width must be a whole number from 20 to 1000');
  });

  it('names the columns that do not fit and how to see them', async () => {
    const r = await runMain([...args, '--width', '60']);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(
      /more columns to the right \(.*Training products.*\) do not fit in 60 columns; use a wider --width/,
    );
  });
});
