/** Where the bundled dataset and its build-time snapshot live, relative to the running code. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from './schema.js';
import { readSnapshot, SNAPSHOT_FILE } from './snapshot.js';

const here = () => path.dirname(fileURLToPath(import.meta.url));

/** The dataset shipped with trainscape, found relative to the running bundle or source. */
export function bundledDataPath(): string {
  // dist/*.js and source/data/*.ts both sit below the package root.
  for (const up of ['..', '../..']) {
    const candidate = path.resolve(here(), up, 'data', 'landscape');
    if (existsSync(candidate)) return candidate;
  }
  return path.resolve(here(), '..', 'data', 'landscape');
}

/** The bundled dataset from its snapshot, when the snapshot matches the YAML exactly. */
export function bundledSnapshot(): Dataset | undefined {
  return readSnapshot(path.join(here(), SNAPSHOT_FILE), bundledDataPath());
}
