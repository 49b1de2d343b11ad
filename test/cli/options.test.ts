/**
 * Each command accepts only its own options: anything else is a usage error
 * (exit 2) that names the command, a value-taking option given no value is
 * one too, each command's --help lists only its own options, and
 * `validate --format json` is machine-readable.
 */
import { describe, expect, it } from 'vitest';
import { SMALL, smallText, tempDir, writeTemp } from '../helpers/tmp.js';
import { runMain } from './fakeIo.js';

const dir = tempDir();
const OWN = {
  '': [
    '--vendor',
    '--format',
    '--color',
    '--width',
    '--view',
    '--data',
    '--weights',
    '--require',
    '--min-coverage',
    '--profile',
    '--stale-after',
    '--watch',
    '--only-differences',
    '--category',
    '--status',
    '--search',
    '--layout',
    '--mouse',
  ],
  validate: ['--format'],
  diff: ['--vendor', '--format', '--color', '--width'],
  report: [
    '--vendor',
    '--data',
    '--weights',
    '--require',
    '--min-coverage',
    '--profile',
    '--stale-after',
    '--output',
    '--force',
    '--format',
  ],
  completion: [],
} as const;
const ALL = [...new Set(Object.values(OWN).flat())];
const VALUES: Record<string, string> = {
  '--vendor': 'alpha',
  '--format': 'json',
  '--width': '80',
  '--view': 'features',
  '--data': SMALL,
  '--weights': 'training=2',
  '--stale-after': '6m',
  '--require': 'spot',
  '--min-coverage': '50',
  '--category': 'training',
  '--status': 'ga',
  '--search': 'x',
  '--layout': 'long',
  '--output': '-',
};
const commandArgs = (c: string) => (c === 'diff' ? ['diff', SMALL, SMALL] : c === '' ? [] : [c]);

describe.each(Object.keys(OWN) as (keyof typeof OWN)[])('trainscape %s', (command) => {
  const own: readonly string[] = OWN[command];
  it('--help lists its own options and no other', async () => {
    const r = await runMain([...(command ? [command] : []), '--help']);
    expect(r.code).toBe(0);
    const listed = [...r.stdout.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);
    expect(listed.filter((f) => f !== '--help' && f !== '--version').sort()).toEqual([...own].sort());
  });

  it.each(ALL.filter((f) => !own.includes(f)))('rejects %s with exit 2, naming the command', async (flag) => {
    const value = VALUES[flag];
    const r = await runMain([...commandArgs(command), flag, ...(value ? [value] : [])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${command || 'unknown option'}${command ? ' has no option' : ''} ${flag}`);
    expect(r.stdout).toBe('');
  });

  it.each(own.filter((f) => VALUES[f] !== undefined))('%s without a value is a usage error', async (flag) => {
    const r = await runMain([...commandArgs(command), flag]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${flag} needs a value`);
  });
});

describe('short options without a value', () => {
  it.each(['-v', '-f', '-d', '-w'])('%s alone is a usage error', async (flag) => {
    const r = await runMain([flag]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${flag} needs a value`);
  });
});

describe('values that start with a dash', () => {
  it('--stale-after -1m says what is wrong with the age', async () => {
    const r = await runMain(['--stale-after', '-1m', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stale-after wants an age like 90d, 6w, 6m or 1y; got "-1m"');
    expect(r.stderr).not.toMatch(/unknown option/);
  });
});

describe('validate --format json', () => {
  it('a valid dataset: valid, counts and no problems, exit 0', async () => {
    const r = await runMain(['validate', SMALL, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(true);
    expect(out.counts.vendors).toBe(2);
    expect(out.problems).toEqual([]);
  });

  it('an invalid one: every problem with file, line, column, path and message, exit 3', async () => {
    const bad = writeTemp(dir, 'bad.yaml', smallText().replace('spot: {status: partial', 'spot: {status: maybe'));
    const r = await runMain(['validate', bad, '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.problems.length).toBeGreaterThan(0);
    for (const p of out.problems) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['severity', 'file', 'line', 'column', 'path', 'message', 'hint']),
      );
    }
    const status = out.problems.find((p: { path: string | null }) => p.path?.endsWith('spot.status'));
    expect(status).toMatchObject({ severity: 'error', file: expect.stringContaining('bad.yaml') });
    expect(status.line).toBeGreaterThan(0);
    expect(status.column).toBeGreaterThan(0);
  });

  it('a path that names nothing: exit 2, still JSON', async () => {
    const r = await runMain(['validate', 'no/such/file.yaml', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).problems[0]).toMatchObject({ line: null, column: null, path: null });
  });

  it('other formats are not validate’s', async () => {
    const r = await runMain(['validate', SMALL, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of text, json');
  });
});
