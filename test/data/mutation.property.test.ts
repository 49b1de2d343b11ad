import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';

/** Runs per property in CI; documented in docs/reliability.md. */
const MUTATION_RUNS = 300;

const dir = tempDir();
const base = smallText();

/** A random edit of the text: delete, insert, replace a span, or duplicate, drop or swap lines. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      ': ',
      '- ',
      '{',
      '}',
      '[',
      ']',
      '&a ',
      '*a',
      '"',
      "'",
      '\t',
      '\n  ',
      '#',
      '? ',
      '!!str ',
      '\u001b[2J',
      '\u0000',
    ),
  }),
  fc.record({ kind: fc.constant('line' as const), op: fc.constantFrom('duplicate', 'drop', 'swap'), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, m: Mutation): string {
  if (m.kind === 'delete') {
    const at = m.at % text.length;
    return text.slice(0, at) + text.slice(at + m.length);
  }
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const lines = text.split('\n');
  const i = m.at % lines.length;
  if (m.op === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
  else if (m.op === 'drop') lines.splice(i, 1);
  else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1] ?? '', lines[i] ?? ''];
  return lines.join('\n');
}

describe('any mutation of a valid file', () => {
  it('yields either a valid load or located errors, never an exception', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutations.reduce(apply, base);
        const file = writeTemp(dir, `m${n++}.yaml`, text);
        const result = loadDataset(file);
        if (result.ok) return;
        const errors = result.problems.filter((p) => p.severity === 'error');
        expect(errors.length).toBeGreaterThan(0);
        for (const p of errors) {
          expect(p.file).toBe(file.startsWith(process.cwd()) ? file.slice(process.cwd().length + 1) : file);
          expect(p.message.length).toBeGreaterThan(0);
          if (p.line !== undefined) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(text.split('\n').length + 1);
            expect(p.column).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: MUTATION_RUNS },
    );
  });

  it('absurd nesting is an error, not a crash', () => {
    for (const text of ['['.repeat(200_000), `a: ${'{b: '.repeat(50_000)}`]) {
      const result = loadDataset(writeTemp(dir, 'deep.yaml', text));
      expect(result.ok).toBe(false);
    }
    const json = loadDataset(writeTemp(dir, 'deep.json', '['.repeat(200_000) + ']'.repeat(200_000)));
    expect(json.ok).toBe(false);
  });
});
