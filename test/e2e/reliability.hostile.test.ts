/**
 * test/fixtures/hostile.yaml on screen, in a real terminal: every view, the
 * evidence panes, search, help and the vendor picker, at two sizes. The
 * program's raw output bytes (recorded by util-linux `script` inside tmux)
 * must hold none of the data's control sequences, bidi, zero-width or tag
 * characters; the tmux screen must show them as visible escapes, no line may
 * be wider than the terminal (measured with string-width), and status columns
 * line up.
 */

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { requireTmux, type Session, startSession } from '../helpers/tmux.js';

const dir = tempDir();
const sessions: Session[] = [];
beforeAll(() => requireTmux());
afterAll(() => {
  for (const s of sessions.splice(0)) s.kill();
});

/** Raw sequences that exist only in the fixture's strings; any of them in the output is a leak. */
const DATA_PAYLOADS: [string, string][] = [
  ['OSC 52 clipboard write', '\u001b]52;'],
  ['OSC 0 window title', '\u001b]0;'],
  ["the data's own OSC 8 link", '\u001b]8;;https://evil'],
  ['CSI clear screen', '\u001b[2J landscape'],
  ['SGR red', '\u001b[31mRED'],
  ['SGR red (deal buyer)', '\u001b[31mCorp'],
  ['SGR red (source title)', '\u001b[31mdocs'],
  ['SGR bold', '\u001b[1mbold'],
  ['SGR conceal', '\u001b[8m hidden'],
  ['SGR blink', '\u001b[5mX'],
  ['BEL pair', '\u0007\u0007 bell'],
];

/** Code points the program itself never prints, so none may appear at all. */
const FORBIDDEN: [string, RegExp][] = [
  ['C1 control (0x9b CSI, 0x9d OSC, 0x85 NEL)', /[\u0080-\u009f]/],
  ['bidi override or isolate (U+202E, U+2066, U+2069)', /[\u202a-\u202e\u2066-\u2069]/],
  ['zero-width space or BOM', /[\u200b\ufeff]/],
  ['tag character', /[\u{e0000}-\u{e007f}]/u],
  ['soft hyphen, combining grapheme joiner', /\u00ad|\u034f/],
  ['Hangul filler or conjoining vowel', /[\u115f-\u11ff\u3164\uffa0]/],
  [
    'variation selector (Mongolian, supplementary) or VS16 after a text character',
    /[\u180b-\u180f\u{e0100}-\u{e01ef}]|\u2764\ufe0f/u,
  ],
  ['musical formatting, Khmer inherent vowel', /[\u{1d173}-\u{1d17a}\u17b4\u17b5]/u],
  ['noncharacter', /[\ufffe\uffff]/],
];

/** What the program may print itself: CSI sequences, and OSC 8 links to the fixture's source URLs. */
const PROGRAM_OSC8 = /\u001b\]8;;(https:\/\/(alpha|beta|news)\.example\/[^\u0007\u001b]*)?\u0007/g;

function rawOutput(file: string): string {
  const text = readFileSync(file, 'utf8');
  // `script` frames the recording with "Script started…" and "Script done…" lines.
  return text.slice(text.indexOf('\n') + 1, text.lastIndexOf('Script done'));
}

function expectNoLeak(raw: string) {
  expect(raw.length).toBeGreaterThan(1000);
  for (const [what, seq] of DATA_PAYLOADS) expect(raw.includes(seq), what).toBe(false);
  for (const [what, re] of FORBIDDEN) expect(re.test(raw), what).toBe(false);
  const rest = raw.replace(PROGRAM_OSC8, '');
  expect(rest.includes('\u0007'), 'BEL outside the program’s own OSC 8 links').toBe(false);
  // After the program's CSI sequences, no other escape (OSC, DCS, APC, bare ESC) is left.
  const leftover = rest.replace(/\u001b\[[0-9;?<=>]*[ -/]*[@-~]/g, '');
  const at = leftover.indexOf('\u001b');
  expect(at, `escape left: ${JSON.stringify(leftover.slice(at, at + 20))}`).toBe(-1);
}

/**
 * Cells a line takes, counted here rather than with string-width (which the
 * program uses, so it cannot check itself): after escaping, the screen holds
 * only ASCII, the program's glyphs, and the fixture's CJK and emoji; anything
 * else is reported as unknown.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const WIDE =
  /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60]/;
const EMOJI = /^\p{Emoji_Presentation}/u;
const NARROW = /^[\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u2190-\u21ff\u2200-\u22ff\u2500-\u25ff\u2600-\u27bf]$/;
function cells(line: string): number {
  let n = 0;
  for (const { segment } of segmenter.segment(line)) {
    if (WIDE.test(segment) || EMOJI.test(segment)) n += 2;
    else if (NARROW.test(segment)) n += 1;
    else throw new Error(`a character whose width this test does not know: ${JSON.stringify(segment)} in ${line}`);
  }
  return n;
}

/** Display column where `needle` starts in `line`. */
const columnOf = (line: string, needle: string) => cells(line.slice(0, line.indexOf(needle)));

function expectFitsWidth(screen: string, columns: number, rows: number) {
  const lines = screen.split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows + 1);
  for (const l of lines) expect(cells(l), l).toBeLessThanOrEqual(columns);
  expect((lines[rows - 1] ?? '').trim(), 'the last row stays empty (frame ≤ rows − 1)').toBe('');
}

/** The status glyphs of matrix rows start at one display column, under the vendor header. */
function expectStatusColumnsAligned(screen: string, header: string) {
  const lines = screen.split('\n');
  const head = lines.find((l) => l.includes(header));
  expect(head, screen).toBeDefined();
  const rows = lines.filter((l) => !l.startsWith('Legend') && /[✓◇◐✗?] (GA|Preview|Partial|None|Unknown)/.test(l));
  expect(rows.length).toBeGreaterThanOrEqual(1);
  const starts = rows.map((l) => columnOf(l, (/[✓◇◐✗?] (GA|Preview|Partial|None|Unknown)/.exec(l) ?? [''])[0]));
  expect(new Set(starts).size, rows.join('\n')).toBe(1);
  expect(starts[0]).toBe(columnOf(head ?? '', header));
}

async function tour(columns: number, rows: number) {
  const raw = path.join(dir, `raw-${columns}x${rows}.log`);
  const s = startSession(
    `script -qfec "node bin/trainscape.js --data test/fixtures/hostile.yaml" ${raw}`,
    columns,
    rows,
  );
  sessions.push(s);
  const screens: string[] = [];
  const see = async (p: string | RegExp) => {
    const screen = await s.waitFor(p);
    expectFitsWidth(screen, columns, rows);
    // The terminal's own measure: a line it had to wrap joins its neighbour under -J.
    const joined = execFileSync('tmux', ['capture-pane', '-p', '-J', '-t', s.name], { encoding: 'utf8' });
    expect(joined.split('\n').length, 'the terminal wrapped a line').toBe(screen.split('\n').length);
    screens.push(screen);
    return screen;
  };
  const evidence = async (...keys: string[]) => {
    s.keys(...keys, 'Enter');
    await see('Evidence ·');
    s.keys('j', 'j', 'G');
    await see('Evidence ·');
    s.keys('Escape');
    await s.waitForGone('Evidence ·');
  };

  await see('Vendors at a glance · row');
  await evidence();
  s.keys('Tab');
  const matrix = await see('Feature matrix · row');
  if (columns >= 80) {
    expectStatusColumnsAligned(matrix, 'Alpha \\x1b[31m');
    expect(matrix).toContain('👩‍💻 endpoints — 日本語テキスト幅');
  }
  await evidence('j', 'l');
  s.keys('Tab');
  const compute = await see('Training accelerators · row');
  if (columns >= 80) expectStatusColumnsAligned(compute, 'Alpha \\x1b[31m');
  await evidence('j', 'l');
  s.keys('Tab');
  await see('Deals and funding · row');
  await evidence();
  s.keys('Tab');
  await see('Market figures');
  s.keys('Tab');
  await see('Scorecard');
  s.keys('Tab');
  await see('Sources · row');
  await evidence();
  s.keys('Tab');
  await see('Lifecycle changes · row');
  await evidence('j');
  s.keys('/');
  s.type('alpha');
  s.keys('Enter');
  await see(/\/alpha \d+\/\d+/);
  s.keys('?');
  await see(/Keys|Help/);
  s.keys('Escape', 'v');
  await see(/Vendors: 2 of 2 shown/);
  s.keys('Escape', 'q');
  await s.waitFor('EXITED:0');
  return { screens, raw: rawOutput(raw) };
}

describe('hostile data on screen', () => {
  it.concurrent('120×40: no raw control sequence from the data reaches the terminal; columns aligned', async () => {
    const { screens, raw } = await tour(120, 40);
    expectNoLeak(raw);
    const all = screens.join('\n');
    // Shown, escaped: the reader sees what the data holds.
    expect(all).toContain('Alpha \\x1b[31mRED\\x1b[0m | ML');
    expect(all).toContain('<U+2066>isolate<U+2069>');
    expect(all).toContain('Documented.\\x1b[8m hidden');
    expect(all).toContain('\\x1b]52;c;');
    expect(all).toContain('lib<U+202E>gnp.exe');
    expect(all).toContain('zero<U+200B>width<U+FEFF> and tag<U+E0041> chars');
    expect(all).toContain('\\x9b31m C1 CSI');
    expect(all).toContain('<U+00AD>');
    expect(all).toContain('<U+115F><U+1160>');
  }, 60_000);

  it.concurrent('60×20 (stacked layout): no leak, nothing wider than the terminal', async () => {
    const { raw } = await tour(60, 20);
    expectNoLeak(raw);
  }, 60_000);

  it('the leak check can fail: the raw fixture text trips it', () => {
    const fixture = readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'hostile.yaml'), 'utf8');
    const decoded = fixture
      .replace(/\\e/g, '\u001b')
      .replace(/\\a/g, '\u0007')
      .replace(/\\u009b/g, '\u009b');
    expect(() => expectNoLeak(`${'x'.repeat(1000)}${decoded}`)).toThrow();
  });
});
