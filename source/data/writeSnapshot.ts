/** Build step: validates the bundled dataset and writes its snapshot beside the bundle. */
import { writeFileSync } from 'node:fs';
import { loadDataset } from './load.js';
import { formatProblem } from './problems.js';
import { fingerprint, type Snapshot } from './snapshot.js';

export function writeSnapshot(dir: string, out: string): boolean {
  const result = loadDataset(dir);
  if (!result.ok) {
    // The program still works: it validates the YAML at start-up and reports these.
    process.stderr.write(`build: the bundled dataset is not valid; no snapshot written\n`);
    for (const p of result.problems.slice(0, 10)) process.stderr.write(`  ${formatProblem(p)}\n`);
    return false;
  }
  const snapshot: Snapshot = { ...fingerprint(dir), dataset: result.loaded.dataset };
  writeFileSync(out, JSON.stringify(snapshot));
  return true;
}
