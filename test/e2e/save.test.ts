/**
 * Ctrl-S in a real terminal: the prompt offers trainscape-<view>-<day>.md,
 * Enter writes the view as shown (equal to the printed view with the same
 * vendors), and a second save to the same path asks first; n keeps the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run } from '../helpers/bin.js';
import { FIXTURES, tempDir } from '../helpers/tmp.js';
import { requireTmux, type Session, startSession } from '../helpers/tmux.js';

const sessions: Session[] = [];
beforeAll(() => requireTmux());
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const FIVE = path.join(FIXTURES, 'five.yaml');
const TODAY = '2026-01-20';
const ARGS = ['--data', FIVE, '--view', 'features', '--vendor', 'alpha,beta'];

describe('saving the view with Ctrl-S', () => {
  it('writes what the printer prints, and never replaces a file without a yes', async () => {
    const dir = tempDir();
    const s = startSession(`cd '${dir}' && node '${BIN}' ${ARGS.join(' ')}`, 120, 30, { TRAINSCAPE_TODAY: TODAY });
    sessions.push(s);
    await s.waitFor('Feature matrix');
    s.keys('C-s');
    await s.waitFor(`Save to: trainscape-features-${TODAY}.md`);
    s.keys('Enter');
    const file = path.join(dir, `trainscape-features-${TODAY}.md`);
    await s.waitFor('Saved to /');
    const printed = run([...ARGS, '--format', 'markdown'], { TRAINSCAPE_TODAY: TODAY });
    expect(printed.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);

    writeFileSync(file, 'keep me\n');
    s.keys('C-s');
    await s.waitFor('Save to:');
    s.keys('Enter');
    await s.waitFor('exists; replace it? (y/n)');
    s.keys('n');
    await s.waitFor('Not saved');
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
  });
});
