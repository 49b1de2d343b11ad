/**
 * Keys that reach the program in one read, as they do from a script, a paste
 * or a slow link: every key counts, in order, and a key that changes focus
 * (`/` opening search, Esc closing a pane) decides how the keys after it are read.
 */
import { describe, expect, it } from 'vitest';
import { trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();

describe('keys sent in one burst', () => {
  it('are each handled, in order, across focus changes', async () => {
    const s = start('--view features');
    await s.waitFor('Feature matrix · row');
    // Four moves in one read.
    s.type('jjjj');
    await s.waitFor('Feature matrix · row 4/106');
    // `/` opens search, the letters go into it, Enter keeps it.
    s.type('/lora\r');
    await s.waitFor(/\/lora \d+\/\d+/);
    // Esc closes a pane and the key right behind it still counts.
    s.keys('Escape');
    await s.waitForGone(/\/lora/);
    s.type('l\r');
    await s.waitFor('── Evidence ·');
    s.type('\u001b/deepspeed\r');
    const screen = await s.waitFor(/\/deepspeed \d+\/\d+/);
    expect(screen).not.toContain('── Evidence ·');
    // Letters and arrow-key sequences mixed in one read.
    s.type('gjj\u001b[B\u001b[B');
    await s.waitFor('Feature matrix · row 4/106');
  });
});
