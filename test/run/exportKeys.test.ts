/** The screen-free parts of saving (Ctrl-S), copying (y, OSC 52) and opening (o) a source. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { printableView, render } from '../../source/print/index.js';
import { openableUrl, openerFor, openUrl, type Spawn } from '../../source/run/open.js';
import { defaultSavePath, formatForPath, saveText } from '../../source/run/save.js';
import { insideTmux, OSC52_MAX_BYTES, osc52 } from '../../source/text/osc52.js';
import { makeTheme } from '../../source/theme.js';
import { filterAndSort, project } from '../../source/ui/state/screen.js';
import { tableAsShown } from '../../source/views/asShown.js';
import { buildView } from '../../source/views/index.js';
import { filterView } from '../../source/views/rowFilter.js';
import { tempDir } from '../helpers/tmp.js';

describe('save (Ctrl-S)', () => {
  const dir = tempDir();

  it('defaults to trainscape-<view>-<date>.md and picks the format by extension', () => {
    expect(defaultSavePath('features', '2026-11-26')).toBe('trainscape-features-2026-11-26.md');
    expect(formatForPath('x.md')).toBe('markdown');
    expect(formatForPath('X.CSV')).toBe('csv');
    expect(formatForPath('dir.v2/x.json')).toBe('json');
    expect(formatForPath('x.txt')).toBe('table');
    expect(formatForPath('x.html')).toBeUndefined();
    expect(formatForPath('md')).toBeUndefined();
  });

  it('never replaces a file without the yes', () => {
    const file = path.join(dir, 'saved.md');
    expect(saveText(file, 'one')).toEqual({ ok: true, path: file });
    const again = saveText(file, 'two');
    expect(again.ok).toBe(false);
    expect(again.ok === false && again.reason).toBe('exists');
    expect(readFileSync(file, 'utf8')).toBe('one');
    expect(saveText(file, 'two', true).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('two');
    writeFileSync(file, 'x');
  });

  it('the table as shown prints what the printed view with the same filters prints', () => {
    const r = loadDataset('test/fixtures/small.yaml');
    if (!r.ok) throw new Error('fixture');
    const land = buildLandscape(r.loaded.dataset, '2027-01-12');
    const all = buildView('features', land, { vendors: ['alpha', 'beta'] });
    // The screen: Beta only, differences only is meaningless for one vendor, so search.
    const p = project(all.table, ['beta'], false);
    const rows = filterAndSort(p, { search: 'preview' }, undefined).rows;
    const shown = tableAsShown(all.table, { columns: p.source, rows });
    const printed = filterView(buildView('features', land, { vendors: ['beta'] }), { search: 'preview' }, land);
    const opts = { width: 80, theme: makeTheme(0), ascii: false };
    const sources = printableView(printed).sources;
    expect(render({ table: shown, json: {}, asOf: land.asOf, sources }, 'markdown', opts)).toBe(
      render({ ...printableView(printed) }, 'markdown', opts),
    );
    // Folded groups' rows are left out, and so is their group.
    const folded = tableAsShown(all.table, { columns: p.source, rows: all.table.rows, folded: ['training'] });
    expect(folded.rows.map((x) => x.id)).toEqual(['endpoints']);
    expect(folded.groups?.map((g) => g.id)).toEqual(['serving']);
  });
});

describe('copy (y): OSC 52', () => {
  it('puts the text base64-encoded in one OSC 52 sequence ending with BEL', () => {
    const url = 'https://docs.example/a?b=1&c=ü';
    const seq = osc52(url) as string;
    expect(seq).toBe(`\u001b]52;c;${Buffer.from(url).toString('base64')}\u0007`);
    expect(seq.slice(7, -1)).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  it('wraps for tmux passthrough, doubling the ESC inside', () => {
    const seq = osc52('x', { tmux: true }) as string;
    expect(seq).toBe('\u001bPtmux;\u001b\u001b]52;c;eA==\u0007\u001b\\');
    expect(insideTmux({ TMUX: '/tmp/tmux-0/default,1,0' })).toBe(true);
    expect(insideTmux({ TERM: 'xterm-256color' })).toBe(false);
  });

  it('control characters in the text cannot escape the sequence', () => {
    const seq = osc52('\u0007\u001b]52;c;evil\u001b\\') as string;
    expect(seq.split('\u001b')).toHaveLength(2);
    expect(seq.split('\u0007')).toHaveLength(2);
  });

  it('refuses text too long for terminals to accept', () => {
    expect(osc52('a'.repeat(OSC52_MAX_BYTES + 1))).toBeUndefined();
  });
});

describe('open (o)', () => {
  it('accepts only plain http(s) URLs', () => {
    expect(openableUrl('https://docs.example/x?y=1#z')).toBe('https://docs.example/x?y=1#z');
    expect(openableUrl('http://example.com')).toBe('http://example.com/');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://example.com',
      '--help',
      '-a Calculator',
      'https://example.com/a b',
      'https://example.com/\nrm -rf ~',
      'https://user:pass@example.com/',
      'https://example.com/\u001b]52;c;eA==\u0007',
      '',
      'not a url',
    ])
      expect(openableUrl(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('passes the URL as the last, single argument of the platform opener, without a shell', () => {
    const calls: { command: string; args: readonly string[]; shell: boolean }[] = [];
    const spawn: Spawn = (command, args, options) => {
      calls.push({ command, args, shell: options.shell });
      return { unref() {}, on: () => undefined };
    };
    const url = 'https://example.com/a;rm%20-rf%20~$(id)';
    for (const platform of ['linux', 'darwin', 'win32'] as const) openUrl(url, { platform, spawn });
    expect(calls).toEqual([
      { command: 'xdg-open', args: [url], shell: false },
      { command: 'open', args: [url], shell: false },
      { command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler', url], shell: false },
    ]);
    expect(openerFor('freebsd').command).toBe('xdg-open');
  });

  it('opens nothing for a URL that is not http(s)', () => {
    let spawned = false;
    const spawn: Spawn = () => {
      spawned = true;
      return { unref() {}, on: () => undefined };
    };
    expect(openUrl('file:///etc/passwd', { spawn })).toEqual({
      ok: false,
      message: 'only http(s) links can be opened',
    });
    expect(spawned).toBe(false);
  });
});
