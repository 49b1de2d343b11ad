/**
 * The one-way flow ARCHITECTURE.md describes, checked on every import (static
 * `import … from`, `export … from`, and dynamic `import()`): data → model →
 * views → ui / print, nothing back up; the model, views and printers are pure;
 * the UI never reads files; and nothing the dashboard or a printer loads pulls
 * in the validator or the YAML parser (they load only when a dataset must be
 * parsed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/bin.js';

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** Value imports of a file as written: `import`/`export … from` (not `import type`) and dynamic `import('…')`. */
function valueImports(text: string): string[] {
  const stat = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
  const dynamic = [...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? '');
  return [...stat, ...dynamic];
}

const importsOf = (file: string) => valueImports(readFileSync(path.join(ROOT, file), 'utf8'));

const offenders = (dirs: string[], banned: RegExp) =>
  dirs.flatMap(files).flatMap((f) =>
    importsOf(f)
      .filter((m) => banned.test(m))
      .map((m) => `${f} imports ${m}`),
  );

/** The layers, lowest first; a file may import its own layer and those before it. */
const LAYERS = ['source/text', 'source/data', 'source/model', 'source/views', 'source/ui'] as const;
const PRINT = 'source/print';

function layerOf(file: string): number {
  const i = LAYERS.findIndex((l) => file.startsWith(`${l}/`));
  return file.startsWith(`${PRINT}/`) ? LAYERS.indexOf('source/ui') : i;
}

describe('architecture', () => {
  it('finds dynamic imports too', () => {
    expect(valueImports("const m = await import('../data/load.js');\nimport type { X } from './x.js';")).toEqual([
      '../data/load.js',
    ]);
  });

  it('model, views and printers import no Ink, React, files or validator', () => {
    expect(
      offenders(
        ['source/model', 'source/views', 'source/print'],
        /^(ink|react|node:fs|zod|yaml)$|data\/(schema|load|parse)\.js$/,
      ),
    ).toEqual([]);
  });

  it('the UI reads no files and loads neither the validator nor the YAML parser', () => {
    expect(offenders(['source/ui'], /^(node:fs|fs|zod|yaml)$|data\/(schema|load|parse|read)\.js$/)).toEqual([]);
  });

  it('imports run one way: text → data → model → views → ui and print; ui and print never import each other', () => {
    const wrong: string[] = [];
    for (const dir of [...LAYERS, PRINT]) {
      for (const f of files(dir)) {
        for (const m of importsOf(f)) {
          if (!m.startsWith('.')) continue;
          const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(f), m));
          const to = layerOf(target);
          if (to < 0) continue;
          const crossed = target.startsWith(`${PRINT}/`) !== f.startsWith(`${PRINT}/`) && to === layerOf(f);
          if (to > layerOf(f) || crossed) wrong.push(`${f} imports ${target}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
