/**
 * y in the evidence pane copies the source's URL with OSC 52: the bytes the
 * program writes to the terminal (read with tmux pipe-pane) carry the URL,
 * base64-encoded, and the status line says what was copied.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { trainscapeSessions } from '../helpers/tmux.js';

const start = trainscapeSessions();

describe('copying a source link', () => {
  it('y in the evidence pane writes OSC 52 with the URL and says so', async () => {
    const raw = path.join(tempDir(), 'pane.raw');
    const s = start('--data test/fixtures/five.yaml --view features', 120, 30);
    await s.waitFor('Feature matrix');
    execFileSync('tmux', ['pipe-pane', '-o', '-t', s.name, `cat > '${raw}'`]);
    s.keys('j', 'l', 'Enter');
    await s.waitFor('https://docs.example/');
    s.keys('y');
    await s.waitFor('Copied https://docs.example/');
    const b64 = Buffer.from('https://docs.example/').toString('base64');
    expect(readFileSync(raw, 'latin1')).toContain(`\u001b]52;c;${b64}\u0007`);
  });
});
