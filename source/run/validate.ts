/** `trainscape validate [PATH]`: every problem, or a one-line summary. */
import { loadDataset } from '../data/load.js';
import { formatProblem } from '../data/problems.js';
import { EXIT } from './errors.js';
import type { Io } from './io.js';

export function runValidate(target: string | undefined, io: Io): number {
  const result = loadDataset(target);
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error');
    for (const p of result.problems) io.stderr.write(`${formatProblem(p)}\n`);
    io.stderr.write(
      `trainscape: ${errors.length} problem${errors.length === 1 ? '' : 's'} found; the dataset is not valid.\n`,
    );
    return EXIT.data;
  }
  const { dataset: d, files, warnings } = result.loaded;
  for (const w of warnings) io.stderr.write(`${formatProblem(w)}\n`);
  const cells = Object.values(d.cells).reduce((n, row) => n + Object.keys(row).length, 0);
  io.stdout.write(
    `ok: ${files.length} file${files.length === 1 ? '' : 's'}, ${d.vendors.length} vendors, ${d.categories.length} categories, ${d.features.length} features, ${cells} cells, ${d.accelerators.length} accelerators, ${d.deals.length} deals, ${d.market.length} market figures, ${d.sources.length} sources; as of ${d.asOf}${warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}\n`,
  );
  return EXIT.ok;
}
