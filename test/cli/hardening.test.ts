/**
 * Wrong results and messages fixed (issue 16, items 11 and 13-16), through
 * the built program.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/bin.js';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';

const dir = tempDir();
const TODAY = { TRAINSCAPE_TODAY: '2026-02-01' };

describe('ids that every object inherits', () => {
  it('a feature `constructor` without cells: the missing cells are reported', () => {
    const file = writeTemp(
      dir,
      'ctor-missing.yaml',
      smallText().replace('features:\n', 'features:\n  - {id: constructor, category: training, name: Constructor}\n'),
    );
    const r = run(['validate', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('vendor "alpha" has no cell for feature constructor');
  });

  it('a feature `constructor` with its cells: every view prints', () => {
    const text = smallText()
      .replace('features:\n', 'features:\n  - {id: constructor, category: training, name: Constructor}\n')
      .replace(
        '  alpha:\n    multi-node:',
        '  alpha:\n    constructor: {status: ga, sources: [alpha-docs]}\n    multi-node:',
      )
      .replace(
        '  beta:\n    multi-node:',
        '  beta:\n    constructor: {status: none, sources: [beta-docs]}\n    multi-node:',
      );
    const file = writeTemp(dir, 'ctor.yaml', text);
    expect(run(['validate', file]).code).toBe(0);
    for (const view of ['overview', 'features', 'scorecard', 'sources', 'changes']) {
      const r = run(['--data', file, '--view', view, '--format', 'json'], TODAY);
      expect(r.code, `${view}: ${r.stderr}`).toBe(0);
    }
    const features = JSON.parse(run(['--data', file, '--view', 'features', '--format', 'json'], TODAY).stdout);
    expect(JSON.stringify(features)).toContain('Constructor');
  });
});

describe('aliases are checked as --vendor reads them', () => {
  it.each([
    ['two aliases equal once normalised', '[a, "shared name"]', '[b, shared-name]'],
    ["an alias equal to another vendor's name", '[a, "beta ai"]', '[b]'],
    ["an alias equal to another vendor's id, in capitals", '[a, BETA]', '[b]'],
  ])('%s', (_name, alpha, beta) => {
    const text = smallText()
      .replace('aliases: [a, alpha-cloud]', `aliases: ${alpha}`)
      .replace('aliases: [b]', `aliases: ${beta}`);
    const r = run(['validate', writeTemp(dir, `alias-${alpha.length}-${beta.length}.yaml`, text)]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toMatch(/(alias|name) "[^"]+" .*(is already taken by|already names) vendor/);
  });
});

describe('dates, durations and weights in range', () => {
  it('a source accessed 9999-01-10 is not stale (dates past 9999 compare as dates)', () => {
    const file = writeTemp(dir, 'far.yaml', smallText().replace(/accessed: 2026-01-10/, 'accessed: 9999-01-10'));
    const r = run(['--data', file, '--view', 'sources', '--format', 'json'], TODAY);
    expect(r.code, r.stderr).toBe(0);
    const alpha = JSON.parse(r.stdout).rows.find((s: { id: string }) => s.id === 'alpha-docs');
    expect(alpha.stale).toBe(false);
  });

  it('0000-02-29 is a real date (year 0 is a leap year)', () => {
    const file = writeTemp(dir, 'year0.yaml', smallText().replace(/accessed: 2026-01-10/, 'accessed: 0000-02-29'));
    const r = run(['validate', file]);
    expect(r.stderr).not.toContain('is not a real calendar date');
    expect(r.code).toBe(0);
  });

  it.each([
    ['--stale-after 9000y', ['--stale-after', '9000y'], /--stale-after is at most 100 years; got "9000y"/],
    [
      'a weight of 1e308 written out',
      ['--weights', `training=1${'0'.repeat(308)}`],
      /--weights: training=10+ is more than 100/,
    ],
  ])('%s is refused with a clear message (exit 2)', (_name, args, says) => {
    const r = run(['--data', writeTemp(dir, 'w.yaml', smallText()), '--format', 'json', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(says);
    expect(r.stdout).toBe('');
  });
});

describe('usage errors (exit 2) in plain words', () => {
  it.each([
    [['--format', 'json', '--format', 'csv'], '--format was given 2 times ("json", "csv"); give it once'],
    [['--view', 'features', '--view', 'deals'], '--view was given 2 times ("features", "deals"); give it once'],
    [['--data', 'a', '--data', 'b'], '--data was given 2 times ("a", "b"); give it once'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['validate', 'a', 'b'], 'validate takes one dataset; got another: "b"'],
    [['--width', '', '--format', 'table'], '--width must be a whole number from 20 to 1000; got ""'],
    [['--data'], '--data needs a value: a path to a dataset file or folder'],
    [['--data', 'https://x/y'], '--data takes a file or folder, not a URL: "https://x/y"'],
  ])('%j', (args, says) => {
    const r = run(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(says);
    expect(r.stdout).toBe('');
  });
});

describe('data messages', () => {
  it('deep nesting says so, in words', () => {
    const r = run(['validate', writeTemp(dir, 'deep.yaml', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('nested too deeply');
    expect(r.stderr).not.toMatch(/call stack/i);
  });

  it('just over the YAML limit: the size is not written as the limit itself', () => {
    const r = run(['validate', writeTemp(dir, 'over.yaml', `${'#'.repeat(2 * 1024 * 1024)}\n`)]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('too much YAML (2,097,153 bytes in all; the limit is 2 MiB');
  });
});
