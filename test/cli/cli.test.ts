import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, run } from '../helpers/bin.js';
import { SMALL, smallText, tempDir, writeTemp } from '../helpers/tmp.js';

const dir = tempDir();

describe('trainscape as a process', () => {
  it('--help shows usage, the views and examples', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('trainscape validate [path]');
    expect(r.stdout).toContain('--vendor');
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toContain('"scorecard"');
  });

  it('--version prints the package version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the overview as a table when piped', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    for (const name of ['Databricks', 'Gemini Enterprise Agent', 'SageMaker', 'Azure Machine Learning'])
      expect(r.stdout).toContain(name);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('filters vendors by alias, comma-separated or repeated', () => {
    const r = run(['--vendor', 'aws,gcp', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows.map((row: { id: string }) => row.id)).toEqual(['sagemaker', 'vertex-ai']);
    const repeated = run(['--vendor', 'AWS', '--vendor', 'mosaic', '--format', 'json']);
    expect(JSON.parse(repeated.stdout).rows.map((row: { id: string }) => row.id)).toEqual(['sagemaker', 'databricks']);
  });

  it('an unknown vendor exits 2 with a suggestion and the known ids', () => {
    const r = run(['--vendor', 'sagemkr']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown vendor "sagemkr"; did you mean "sagemaker"?');
    expect(r.stderr).toContain('known vendors: databricks, vertex-ai, sagemaker, azure-ml');
    expect(r.stderr.split('\n').length).toBeLessThanOrEqual(3);
  });

  it('an unknown flag exits 2 without a stack trace', () => {
    const r = run(['--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --colour');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown view exits 2 and names the choices', () => {
    const r = run(['--view', 'pricing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pricing/);
    expect(r.stderr).toMatch(/overview/);
  });

  it('--data loads a user file; vendors come from the data', () => {
    const r = run(['--data', SMALL, '--vendor', 'alpha-cloud', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows[0].name).toBe('Alpha ML');
  });

  it('--data on a broken file exits 3 with file:line:column', () => {
    const bad = writeTemp(dir, 'bad.yaml', smallText().replace('status: partial', 'status: mostly'));
    const r = run(['--data', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: cells\.alpha\.spot\.status: must be one of/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--data on a missing path is a usage error: exit 2, and says what to do', () => {
    const r = run(['--data', `${dir}/nope.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.yaml: no such file or folder \(check the path/);
    expect(r.stderr).not.toMatch(/not valid/);
  });

  it('validate passes on the bundled data with a one-line summary', () => {
    const r = run(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^ok: \d+ files, 4 vendors, \d+ categories, \d+ features/);
  });

  it('validate lists every problem and exits 3', () => {
    const bad = writeTemp(
      dir,
      'two.yaml',
      smallText().replace('status: partial', 'status: mostly').replace('asOf: 2026-01-15', 'asOf: 2026-13-01'),
    );
    const r = run(['validate', bad]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('dataset.asOf');
    expect(r.stderr).toContain('cells.alpha.spot.status');
    expect(r.stderr).toMatch(/2 problems found/);
  });

  it('never writes to the data file it reads', () => {
    const file = writeTemp(dir, 'keep.yaml', smallText());
    const before = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    run(['--data', file, '--format', 'csv']);
    run(['validate', file]);
    expect(readFileSync(file).equals(before.bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });
});

describe('help, examples and pipes', () => {
  it('--help shows a real example for each command and format', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['trainscape diff <old> <new>', 'trainscape completion', 'trainscape validate [path]'])
      expect(r.stdout).toContain(cmd);
    for (const example of [
      '--format table',
      '--format json | jq',
      '--format csv >',
      '--format markdown >',
      'trainscape diff old.yaml new.yaml',
      'trainscape completion >>',
      'trainscape validate ./my-landscape.yaml',
    ])
      expect(r.stdout).toContain(example);
    expect(r.stdout).toMatch(/Exit status: 0 ok, 1 differences found/);
  });

  it('diff --help shows examples of diff', () => {
    const r = run(['diff', '--help']);
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('trainscape diff old.yaml new.yaml --vendor sagemaker');
    expect(text).toContain('select(.from != .to)');
  });

  it('a reader closing the pipe early is not an error', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --view features --format csv | head -n 1`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C.UTF-8' },
    });
    expect(result.stdout.trim()).toMatch(/^Category,ID,Feature,/);
    expect(result.stderr).toBe('');
  });

  it('diff and completion work as processes, with their exit codes', () => {
    expect(run(['diff', SMALL, SMALL]).code).toBe(0);
    const changed = run(['diff', SMALL, SMALL.replace('small.yaml', 'small-next.yaml'), '--format', 'json']);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).identical).toBe(false);
    const script = run(['completion']);
    expect(script.code).toBe(0);
    expect(script.stdout).toContain('--get-yargs-completions');
    expect(run(['--get-yargs-completions', 'trainscape', '--vendor', 'az']).stdout).toBe('azure-ml\n');
  });
});
