/**
 * A validated copy of the bundled dataset, written at build time, so the usual
 * start-up reads one JSON file instead of parsing and validating YAML. It is
 * used only while its fingerprint matches the YAML files byte for byte; after
 * any edit the loader validates the YAML as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hashFiles, listFolder } from './read.js';
import type { Dataset } from './schema.js';

export interface Snapshot {
  fingerprint: string;
  files: string[];
  dataset: Dataset;
}

export const SNAPSHOT_FILE = 'landscape.snapshot.json';

/** A hash of every dataset file's relative path and bytes. */
export function fingerprint(dir: string): { fingerprint: string; files: string[] } {
  const files = listFolder(dir).map((f) => path.relative(dir, f));
  const read = files.map((relative) => ({ relative, bytes: readFileSync(path.join(dir, relative)) }));
  return { fingerprint: hashFiles(createHash('sha256'), read).digest('hex'), files };
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
