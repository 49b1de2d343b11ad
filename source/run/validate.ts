/**
 * `trainscape validate [PATH]`: every problem, or a one-line summary; with
 * `--format json`, one JSON object a program can read: `valid`, and each
 * problem with its file, line, column, path and message (null where unknown).
 */
import { loadDataset } from '../data/load.js';
import { formatProblem, onlyBadPaths, type Problem } from '../data/problems.js';
import type { Dataset } from '../data/schema.js';
import { EXIT } from './errors.js';
import type { Io } from './io.js';

/** `3 sources`, `1 source`. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A problem as `validate --format json` writes it: every key always present. */
export interface ProblemJson {
  severity: 'error' | 'warning';
  file: string;
  line: number | null;
  column: number | null;
  /** Dotted field path inside the document (`cells.databricks.spot.status`), null when the problem is the file's. */
  path: string | null;
  message: string;
  hint: string | null;
}

export function problemJson(p: Problem): ProblemJson {
  return {
    severity: p.severity,
    file: p.file,
    line: p.line ?? null,
    column: p.line === undefined ? null : (p.column ?? 1),
    path: p.field ?? null,
    message: p.message,
    hint: p.hint ?? null,
  };
}

function counts(d: Dataset, files: number) {
  return {
    files,
    vendors: d.vendors.length,
    categories: d.categories.length,
    features: d.features.length,
    cells: Object.values(d.cells).reduce((n, row) => n + Object.keys(row).length, 0),
    accelerators: d.accelerators.length,
    deals: d.deals.length,
    market: d.market.length,
    sources: d.sources.length,
  };
}

export function runValidate(target: string | undefined, io: Io, format: 'text' | 'json' = 'text'): number {
  const result = loadDataset(target);
  if (format === 'json') {
    const problems = result.ok ? result.loaded.warnings : result.problems;
    const body = result.ok
      ? {
          valid: true,
          asOf: result.loaded.dataset.asOf,
          counts: counts(result.loaded.dataset, result.loaded.files.length),
        }
      : { valid: false };
    io.stdout.write(`${JSON.stringify({ ...body, problems: problems.map(problemJson) }, null, 2)}\n`);
    if (result.ok) return EXIT.ok;
    return onlyBadPaths(result.problems) ? EXIT.usage : EXIT.data;
  }
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    for (const p of result.problems) io.stderr.write(`${formatProblem(p)}\n`);
    if (onlyBadPaths(result.problems)) return EXIT.usage;
    io.stderr.write(
      `trainscape: ${errors.length} problem${errors.length === 1 ? '' : 's'} found; the dataset is not valid.\n`,
    );
    return EXIT.data;
  }
  const { dataset: d, files, warnings } = result.loaded;
  for (const w of warnings) io.stderr.write(`${formatProblem(w)}\n`);
  const n = counts(d, files.length);
  io.stdout.write(
    `ok: ${[
      count(n.files, 'file'),
      count(n.vendors, 'vendor'),
      count(n.categories, 'category', 'categories'),
      count(n.features, 'feature'),
      count(n.cells, 'cell'),
      count(n.accelerators, 'accelerator'),
      count(n.deals, 'deal'),
      count(n.market, 'market figure'),
      count(n.sources, 'source'),
    ].join(', ')}; as of ${d.asOf}${warnings.length ? `; ${count(warnings.length, 'warning')}` : ''}\n`,
  );
  return EXIT.ok;
}
