/** `trainscape validate [PATH]`: every problem, or a one-line summary. */
import { loadDataset } from '../data/load.js';
import { formatProblem, onlyBadPaths } from '../data/problems.js';
import { EXIT } from './errors.js';
import type { Io } from './io.js';

/** `3 sources`, `1 source`. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function runValidate(target: string | undefined, io: Io): number {
  const result = loadDataset(target);
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
  const cells = Object.values(d.cells).reduce((n, row) => n + Object.keys(row).length, 0);
  io.stdout.write(
    `ok: ${[
      count(files.length, 'file'),
      count(d.vendors.length, 'vendor'),
      count(d.categories.length, 'category', 'categories'),
      count(d.features.length, 'feature'),
      count(cells, 'cell'),
      count(d.accelerators.length, 'accelerator'),
      count(d.deals.length, 'deal'),
      count(d.market.length, 'market figure'),
      count(d.sources.length, 'source'),
    ].join(', ')}; as of ${d.asOf}${warnings.length ? `; ${count(warnings.length, 'warning')}` : ''}\n`,
  );
  return EXIT.ok;
}
