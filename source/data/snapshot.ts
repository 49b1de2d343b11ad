/**
 * A validated copy of the bundled dataset, written at build time, so the usual
 * start-up reads one JSON file instead of parsing and validating YAML. It is
 * used only while its fingerprint matches the YAML files byte for byte; after
 * any edit the loader validates the YAML as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFolder } from './read.js';
import type { Dataset } from './schema.js';

export interface Snapshot {
  fingerprint: string;
  files: string[];
  dataset: Dataset;
}

export const SNAPSHOT_FILE = 'landscape.snapshot.json';

/** A hash of every dataset file's relative path and bytes. */
export function fingerprint(dir: string): { fingerprint: string; files: string[] } {
  const hash = createHash('sha256');
  const files = listFolder(dir).map((f) => path.relative(dir, f));
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update('\0');
  }
  return { fingerprint: hash.digest('hex'), files };
}

/** The snapshot's dataset if it exists and matches `dir` exactly; otherwise undefined. */
export function readSnapshot(snapshotPath: string, dir: string): Dataset | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  try {
    return fingerprint(dir).fingerprint === snapshot.fingerprint ? snapshot.dataset : undefined;
  } catch {
    return undefined;
  }
}
