/** `trainscape completion` and the completions its script asks for. */
import { describe, expect, it } from 'vitest';
import { runMain } from './fakeIo.js';

const complete = async (...words: string[]) => {
  const r = await runMain(['--get-yargs-completions', 'trainscape', ...words]);
  expect(r.code).toBe(0);
  return r.stdout.split('\n').filter(Boolean);
};

describe('trainscape completion', () => {
  it('prints a bash/zsh script that calls back for completions', async () => {
    const r = await runMain(['completion']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('###-begin-trainscape-completions-###');
    expect(r.stdout).toContain('trainscape --get-yargs-completions');
    expect(r.stdout).toMatch(/complete -o bashdefault -o default -F _trainscape_yargs_completions trainscape/);
  });

  it('completes vendor ids from the bundled data, in display order, for partial input', async () => {
    expect(await complete('--vendor', '')).toEqual(['databricks', 'vertex-ai', 'sagemaker', 'azure-ml']);
    expect(await complete('--vendor', 'sa')).toEqual(['sagemaker']);
    expect(await complete('-v', 'v')).toEqual(['vertex-ai']);
    expect(await complete('--view', 'features', '--vendor=da')).toEqual(['--vendor=databricks']);
  });

  it('completes the last of comma-separated vendors, skipping those already given', async () => {
    expect(await complete('--vendor', 'databricks,')).toEqual([
      'databricks,vertex-ai',
      'databricks,sagemaker',
      'databricks,azure-ml',
    ]);
    expect(await complete('--vendor', 'databricks,az')).toEqual(['databricks,azure-ml']);
  });

  it('completes the row filters: category ids from the data, statuses, layouts', async () => {
    expect(await complete('--data', 'test/fixtures/small.yaml', '--category', '')).toEqual(['training', 'serving']);
    expect(await complete('--status', 'p')).toEqual(['preview', 'partial']);
    expect(await complete('--status', 'ga,n')).toEqual(['ga,none']);
    expect(await complete('--layout', '')).toEqual(['wide', 'long']);
    const flags = await complete('--');
    for (const f of ['--only-differences', '--category', '--status', '--search', '--layout'])
      expect(flags).toContain(f);
  });

  it('completes vendor ids from --data when given', async () => {
    expect(await complete('--data', 'test/fixtures/small.yaml', '--vendor', '')).toEqual(['alpha', 'beta']);
    expect(await complete('--data', 'nope.yaml', '--vendor', '')).toEqual([]);
  });

  it('completes view names and formats', async () => {
    expect(await complete('--view', 's')).toEqual(['scorecard', 'sources']);
    expect(await complete('--view', '')).toHaveLength(8);
    expect(await complete('--format', 'm')).toEqual(['markdown']);
    expect(await complete('-f', '')).toEqual(['table', 'json', 'csv', 'markdown']);
  });

  it('completes commands and flags, and leaves paths to the shell', async () => {
    expect(await complete('')).toEqual(['validate', 'diff', 'report', 'completion']);
    expect(await complete('di')).toEqual(['diff']);
    expect(await complete('--v')).toEqual(['--vendor', '--view', '--version']);
    expect(await complete('--no')).toEqual(['--no-color', '--no-watch', '--no-only-differences', '--no-mouse']);
    expect(await complete('diff', '--f')).toEqual(['--format']);
    expect(await complete('diff', '')).toEqual([]);
    expect(await complete('--data', '')).toEqual([]);
  });
});
