import { describe, expect, it } from 'vitest';
import { helpLines } from '../../source/ui/helpLines.js';
import { fitHints, hintsFor } from '../../source/ui/hints.js';
import { CATEGORIES, KEYMAP, type KeyContext, keyFor, keyLabel, NAMED_KEYS } from '../../source/ui/keys/keymap.js';
import { keyMatches, matchCommand } from '../../source/ui/keys/match.js';
import { uiTheme } from '../../source/ui/uiTheme.js';
import { charKey } from '../../source/ui/useDispatcher.js';

const CONTEXTS: KeyContext[] = ['table', 'evidence', 'help', 'picker', 'search'];

describe('the keymap', () => {
  it('gives every command keys, a description and a known category', () => {
    for (const c of KEYMAP) {
      expect(c.keys.length, c.id).toBeGreaterThan(0);
      expect(c.description.trim(), c.id).not.toBe('');
      expect(CATEGORIES as readonly string[], c.id).toContain(c.category);
      expect(c.contexts.length, c.id).toBeGreaterThan(0);
    }
    expect(new Set(KEYMAP.map((c) => c.id)).size).toBe(KEYMAP.length);
  });

  it('writes every key as a spec the matcher knows: a named key, one printable character, C-letter or S-tab', () => {
    const valid = (k: string) =>
      (NAMED_KEYS as readonly string[]).includes(k) || /^[!-~]$/.test(k) || /^C-[a-z]$/.test(k) || k === 'S-tab';
    for (const c of KEYMAP) for (const k of c.keys) expect(valid(k), `${c.id}: ${k}`).toBe(true);
  });

  it('names keys for prose from the table', () => {
    expect(keyFor('open')).toBe('Enter');
    expect(keyFor('diff.toggle')).toBe('d');
    expect(keyFor('view.goto')).toBe('1–8');
  });

  it('binds no key twice in the same context', () => {
    for (const ctx of CONTEXTS) {
      const seen = new Map<string, string>();
      for (const c of KEYMAP.filter((k) => k.contexts.includes(ctx))) {
        for (const k of c.keys) {
          expect(seen.get(k), `${k} in ${ctx}: ${seen.get(k)} and ${c.id}`).toBeUndefined();
          seen.set(k, c.id);
        }
      }
    }
  });

  it('has every key the issue asks for', () => {
    const keys = new Set(KEYMAP.flatMap((c) => c.keys));
    for (const k of [
      '0',
      '$',
      'f',
      'tab',
      'S-tab',
      '1',
      '7',
      '[',
      ']',
      'up',
      'down',
      'left',
      'right',
      'h',
      'j',
      'k',
      'l',
      'pgup',
      'pgdn',
      'C-f',
      'C-b',
      'C-d',
      'C-u',
      'g',
      'G',
      'home',
      'end',
      'enter',
      'esc',
      '/',
      'n',
      'N',
      'v',
      'd',
      's',
      '?',
      'q',
      'C-c',
    ]) {
      expect(keys, k).toContain(k);
    }
  });

  it('lists every command in the help overlay, at both help layouts', () => {
    for (const width of [100, 200]) {
      const text = helpLines(width, uiTheme(0), false)
        .map((l) => l.map((s) => s.text).join(''))
        .join('\n');
      for (const c of KEYMAP) expect(text, `${c.id} at ${width}`).toContain(c.description.slice(0, 30));
    }
  });

  it('hints come from the keymap and fit the width', () => {
    const hints = hintsFor('table');
    for (const h of hints) expect(KEYMAP.find((c) => c.id === h.id)?.hint?.text).toBe(h.text);
    const fitted = fitHints(hints, 40);
    expect(fitted.map((h) => h.id)).toContain('quit');
    expect(fitted.reduce((a, h) => a + h.key.length + h.text.length + 3, 0)).toBeLessThanOrEqual(42);
  });

  it('matches Ink key events: Ctrl-f, Shift-Tab, Backspace as delete, G versus g', () => {
    const [f, ctrlF] = charKey('\u0006');
    expect(matchCommand('table', f, ctrlF)?.command.id).toBe('page.down');
    expect(matchCommand('table', 'G', charKey('G')[1])?.command.id).toBe('jump.bottom');
    expect(matchCommand('table', 'g', charKey('g')[1])?.command.id).toBe('jump.top');
    const del = charKey('\u007f');
    expect(matchCommand('search', del[0], del[1])?.command.id).toBe('search.backspace');
    expect(keyMatches('S-tab', '', { ...charKey('\t')[1], shift: true })).toBe(true);
    expect(matchCommand('search', 'q', charKey('q')[1])).toBeUndefined();
    expect(keyLabel('C-f')).toBe('Ctrl-f');
    expect(keyLabel('S-tab')).toBe('Shift-Tab');
  });
});
