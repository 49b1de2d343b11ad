/**
 * The dashboard's V8 flags (source/run/heap.ts) must be ones this Node knows: V8 prints
 * "unrecognized flag" on stderr for any other, and a Node upgrade could drop one.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_V8_FLAGS } from '../../source/run/heap.js';

describe('the dashboard heap policy', () => {
  it('sets only flags this Node recognises, and they read back in effect', () => {
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify(DASHBOARD_V8_FLAGS)}) v8.setFlagsFromString(f); const a = []; for (let i = 0; i < 2e5; i++) a.push({ i }); console.log('ok');`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('ok');
  });
});
