/**
 * bin/trainscape.js run by a node older than 22 names the version it needs in
 * one line and exits 1, before it loads the bundle (which would fail with a stack trace).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/bin.js';

/** Runs the bin with `process.versions.node` reading as `version`. */
function runAs(version: string) {
  const pretend = `Object.defineProperty(process.versions, 'node', { value: '${version}' });`;
  return spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, BIN, '--version'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
}

describe('the bin on an older node', () => {
  it('prints one line naming the version it needs and exits 1', () => {
    const r = runAs('20.19.0');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('trainscape needs Node.js 22 or newer; this is Node.js 20.19.0.\n');
  });

  it('runs on Node 22', () => {
    const r = runAs('22.12.0');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
