/**
 * The one-way flow STYLE.md describes, checked on the import lines: the model,
 * views and printers are pure; the UI never reads files; and nothing the
 * dashboard or a printer loads pulls in the validator or the YAML parser
 * (they load only when a dataset must be parsed).
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

/** Value imports (not `import type`) of a file, as written. */
function valueImports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
}

const offenders = (dirs: string[], banned: RegExp) =>
  dirs.flatMap(files).flatMap((f) =>
    valueImports(f)
      .filter((m) => banned.test(m))
      .map((m) => `${f} imports ${m}`),
  );

describe('architecture', () => {
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
});
