/** Every example --help shows runs as written (placeholders mapped to fixtures), and does what it says. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../source/cli.js';
import { runMain } from './fakeIo.js';

const PLACEHOLDERS: Record<string, string> = {
  './my-landscape.yaml': 'test/fixtures/small.yaml',
  'old.yaml': 'test/fixtures/small.yaml',
  'new.yaml': 'test/fixtures/small-next.yaml',
  'decision.yaml': 'test/fixtures/decision.yaml',
};

/** The trainscape part of an example: before any pipe or redirection, as argv. */
function argvOf(example: string): string[] {
  const command = example.split(/\s+(?:\||>>?)\s+/)[0] ?? '';
  return command
    .split(/\s+/)
    .slice(1)
    .map((w) => PLACEHOLDERS[w] ?? w);
}

describe('--help examples', () => {
  // `$0` alone and `--vendor ... --view features` open the dashboard on a terminal; piped, they print.
  it.each(EXAMPLES.map(([cmd]) => cmd))('%s', async (cmd) => {
    const args = argvOf(cmd);
    const r = await runMain(args);
    if (args.includes('--watch')) {
      // --watch is for the dashboard; without a terminal it is a usage error that says so.
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--watch works only in the dashboard/);
      return;
    }
    expect(r.stderr).toBe('');
    expect(r.code).toBe(args[0] === 'diff' ? 1 : 0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('the jq example selects what it claims: features with Databricks in GA', async () => {
    const r = await runMain(['--view', 'features', '--format', 'json']);
    const json = JSON.parse(r.stdout);
    const ga = json.rows.filter(
      (row: { cells: Record<string, { status: string }> }) => row.cells.databricks?.status === 'ga',
    );
    expect(ga.length).toBeGreaterThan(10);
    expect(typeof ga[0].feature).toBe('string');
  });
});
