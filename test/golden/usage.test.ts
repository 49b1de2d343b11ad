/**
 * docs/usage.md shows real output: each `<!-- sample: ARGS -->` marker is
 * followed by a fenced block that must equal what `trainscape ARGS` prints
 * (`sample(head=N)` keeps the first N lines). `UPDATE_GOLDEN=1` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/fakeIo.js';

const FILE = path.resolve(import.meta.dirname, '..', '..', 'docs', 'usage.md');
const SAMPLE = /<!-- sample(?:\(head=(\d+)\))?: (.*?) -->\n```(\w*)\n([\s\S]*?)```/g;

async function output(args: string, head?: number): Promise<string> {
  // The same fixed "today" as the golden files, so stale marks do not change with the date.
  const r = await runMain(args.split(/\s+/).filter(Boolean), { env: { TRAINSCAPE_TODAY: '2027-01-12' } });
  const lines = r.stdout.replace(/\n$/, '').split('\n');
  return `${(head ? lines.slice(0, head) : lines).join('\n')}\n`.replace(/\r\n/g, '\n');
}

describe('docs/usage.md samples', () => {
  const text = readFileSync(FILE, 'utf8');
  const samples = [...text.matchAll(SAMPLE)];

  it('has a sample of every format and command', () => {
    const args = samples.map((m) => m[2] ?? '');
    for (const f of ['table', 'json', 'csv', 'markdown']) expect(args.some((a) => a.includes(`--format ${f}`))).toBe(true);
    for (const c of ['diff ', 'completion']) expect(args.some((a) => a.startsWith(c))).toBe(true);
  });

  if (process.env.UPDATE_GOLDEN === '1') {
    it('rewrites the samples', async () => {
      let updated = text;
      for (const m of samples) {
        const [whole, head, args = '', lang = ''] = m;
        const fresh = `<!-- sample${head ? `(head=${head})` : ''}: ${args} -->\n\`\`\`${lang}\n${await output(args, head ? Number(head) : undefined)}\`\`\``;
        updated = updated.replace(whole, () => fresh);
      }
      writeFileSync(FILE, updated);
    });
  } else {
    it.each(samples.map((m) => [m[2] ?? '', m] as const))('%s', async (_args, m) => {
      const [, head, args = '', , shown] = m;
      expect(shown, 'run UPDATE_GOLDEN=1 npx vitest run test/golden to refresh docs/usage.md').toBe(
        await output(args, head ? Number(head) : undefined),
      );
    });
  }
});
