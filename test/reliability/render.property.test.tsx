/**
 * Property: any schema-valid dataset renders every view at any size without
 * throwing. Datasets come from bench/generate.mjs (random vendor, feature,
 * category, accelerator and source counts and seed) with arbitrary strings —
 * any code point, and known-hostile ones — written into every free-text field,
 * then checked by the real loader. Each is drawn at random columns 20..400 and
 * rows 6..120 through every view, evidence, help and the vendor picker; no
 * frame may throw, be taller than rows − 1, or be wider than the terminal.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { loadDataset } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { App } from '../../source/ui/App.js';
import { ErrorBoundary } from '../../source/ui/components/ErrorBoundary.js';
import { KEYS, settle } from '../helpers/render.js';
import { tempDir } from '../helpers/tmp.js';

/** Generated cases per run of the suite (docs/reliability.md quotes this number). */
const RENDER_RUNS = 20;

const HOSTILE = [
  '\u001b[31mred\u001b[0m',
  '\u001b]52;c;ZXZpbA==\u0007',
  '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u009b2J C1',
  'bell\u0007\u0007',
  'rtl \u202egnp.exe',
  'zero\u200bwidth\ufeff',
  'tag\u{e0041}\u{e007f}',
  '训练平台 日本語テキスト幅',
  '👩‍💻 🚀 🇯🇵',
  'line\r\nbreak\u2028sep',
  'x'.repeat(300),
  'pipe | "quote" , comma',
  '\t',
];

const FREE_TEXT = new Set([
  'name',
  'parent',
  'platform',
  'pricingUnit',
  'dataTieIn',
  'description',
  'maker',
  'family',
  'note',
  'title',
  'publisher',
  'buyer',
  'target',
  'metric',
  'attribution',
  'text',
]);

/** Replaces free-text fields, in document order, with the given strings (cycling). */
function inject(data: unknown, strings: string[]): unknown {
  let i = 0;
  const walk = (v: unknown, key?: string): unknown => {
    if (Array.isArray(v))
      return v.map((x) => walk(x, key === 'trainingProducts' || key === 'openSource' ? 'text' : undefined));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v === 'string' && key && FREE_TEXT.has(key) && strings.length > 0) {
      const s = strings[i++ % strings.length] as string;
      // Names must stay distinct (validation refuses two vendors that read the same), so each gets its number.
      return key === 'name' ? `${s} ${i}` : s;
    }
    return v;
  };
  return walk(data);
}

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

const dir = tempDir();
let n = 0;

describe('any valid dataset renders every view at any size', () => {
  it(`${RENDER_RUNS} generated datasets × sizes: no throw, frame ≤ rows − 1 and ≤ columns`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          vendors: fc.integer({ min: 1, max: 8 }),
          features: fc.integer({ min: 1, max: 40 }),
          categories: fc.integer({ min: 1, max: 6 }),
          accelerators: fc.integer({ min: 1, max: 5 }),
          sources: fc.integer({ min: 1, max: 12 }),
          seed: fc.integer({ min: 1, max: 1_000_000 }),
        }),
        fc.array(
          text.filter((s) => s.trim() !== '' && s.length <= 4000),
          { minLength: 0, maxLength: 12 },
        ),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 6, max: 120 }),
        async (shape, strings, columns, rows) => {
          const file = path.join(dir, `gen-${n++}.json`);
          writeFileSync(file, JSON.stringify(inject(generate(shape), strings)));
          const loaded = loadDataset(file);
          // Only schema-valid datasets are in scope; the generator and filter should make them all valid.
          expect(loaded.ok, loaded.ok ? '' : JSON.stringify(loaded.problems.slice(0, 3))).toBe(true);
          if (!loaded.ok) return;
          const land = buildLandscape(loaded.loaded.dataset);
          const errors: Error[] = [];
          const r = render(
            <ErrorBoundary onError={(e) => errors.push(e)}>
              <App land={land} vendors={[]} initialView="overview" ascii={false} level={2} />
            </ErrorBoundary>,
          );
          try {
            Object.defineProperty(r.stdout, 'columns', { value: columns, configurable: true });
            Object.defineProperty(r.stdout, 'rows', { value: rows, configurable: true });
            r.stdout.emit('resize');
            await settle(r);
            const check = (where: string) => {
              expect(errors, where).toEqual([]);
              const lines = stripVTControlCharacters(r.lastFrame() ?? '').split('\n');
              expect(lines.length, `${where} at ${columns}×${rows}`).toBeLessThanOrEqual(rows - 1);
              for (const l of lines) expect(stringWidth(l), `${where}: ${l}`).toBeLessThanOrEqual(columns);
            };
            check('start');
            for (const view of ['1', '2', '3', '4', '5', '6', '7']) {
              for (const k of [view, 'j', 'l', KEYS.enter, KEYS.esc]) {
                r.stdin.write(k);
                await settle(r);
                check(`view ${view} after ${JSON.stringify(k)}`);
              }
            }
            for (const k of ['?', KEYS.pgdn, KEYS.esc, 'v', 'j', ' ', KEYS.esc, '/', 'a', KEYS.enter]) {
              r.stdin.write(k);
              await settle(r);
              check(`overlay after ${JSON.stringify(k)}`);
            }
          } finally {
            r.unmount();
          }
        },
      ),
      {
        numRuns: RENDER_RUNS,
        // CI replays one fixed seed so a red build always reproduces; elsewhere each run explores
        // new cases (FC_SEED=n replays one). Cases found this way are kept in `examples`.
        seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261124 : undefined,
        // Found by this property: a spacing combining mark (U+1D157 U+1D165) made cli-truncate's
        // cut one cell too wide for a 40-column status line (source/text/truncate.ts),
        examples: [
          [
            { vendors: 1, features: 1, categories: 1, accelerators: 1, sources: 1, seed: 1 },
            ['\u{1D157}\u{1D165} '],
            40,
            10,
          ],
          // and a panel title cut for width kept its position counter, two cells too wide.
          [
            { vendors: 1, features: 1, categories: 1, accelerators: 1, sources: 1, seed: 1 },
            ['\u{1D165}\u0000'],
            40,
            10,
          ],
        ],
      },
    );
  });
});
