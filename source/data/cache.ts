/**
 * A validated copy of a user's dataset in the user cache directory, keyed by a
 * hash of the dataset's files and of this build: a dataset that has not
 * changed since it was last validated loads without parsing and validating it
 * again. Like the bundled snapshot (snapshot.ts) it is used only while the
 * files match byte for byte; unlike it, it is never written next to the data.
 * Any entry that cannot be read, is damaged or does not match is ignored, and
 * a cache that cannot be written is skipped: the cache only ever saves time.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type PackedCells, packCells, unpackCells } from './packCells.js';
import type { Problem } from './problems.js';
import { hashFiles, type ReadFile, type ReadResult, readDatasetFiles, readRegular } from './read.js';
import type { Dataset } from './schema.js';

declare const TRAINSCAPE_VERSION: string | undefined;
declare const TRAINSCAPE_BUILD: string | undefined;

/** Changes whenever what an entry holds changes shape. */
export const CACHE_FORMAT = 1;
/** Entries kept: the most recently used ones (a few datasets, or a few versions of one being edited). */
export const MAX_ENTRIES = 4;
/** Bytes kept in all; an entry larger than this alone is not written. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;

const ENTRY = /^[0-9a-f]{64}\.v8$/;
/** A temporary file a writer that was killed left behind is removed after this long. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * The cache directory: `TRAINSCAPE_CACHE_DIR`, else `$XDG_CACHE_HOME/trainscape`,
 * else `~/.cache/trainscape`; undefined when `TRAINSCAPE_CACHE=0` turns it off.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TRAINSCAPE_CACHE === '0') return undefined;
  if (env.TRAINSCAPE_CACHE_DIR) return path.resolve(env.TRAINSCAPE_CACHE_DIR);
  // The XDG base directory specification: a relative path is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'trainscape');
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  return home ? path.join(home, '.cache', 'trainscape') : undefined;
}

/** A hash of every file's path inside the dataset and bytes, of the cache format and of this build. */
export function cacheKey(files: readonly ReadFile[]): string {
  const hash = createHash('sha256');
  const version = typeof TRAINSCAPE_VERSION === 'string' ? TRAINSCAPE_VERSION : '0.0.0-dev';
  const build = typeof TRAINSCAPE_BUILD === 'string' ? TRAINSCAPE_BUILD : 'source';
  hash.update(`trainscape cache ${CACHE_FORMAT}\0${version}\0${build}\0`);
  return hashFiles(hash, files).digest('hex');
}

/** A warning as stored: its file as an index into the dataset's files, so it reads right from any directory. */
interface StoredWarning {
  problem: Problem;
  fileIndex: number;
}

interface Entry {
  format: number;
  key: string;
  warnings: StoredWarning[];
  /** The dataset without its two matrices, which are packed. */
  rest: Omit<Dataset, 'cells' | 'compute'>;
  cells: PackedCells;
  compute: PackedCells;
}

export interface Cached {
  dataset: Dataset;
  warnings: Problem[];
}

/** A dataset loaded and valid. */
export interface Loaded extends Cached {
  /** Files read, as shown to the user. */
  files: string[];
}

/** A dataset's files, read; with the validated dataset when the cache had it, else a way to store it once validated. */
export type Found =
  | { ok: true; files: ReadFile[]; cached?: Loaded; store?: (loaded: Loaded) => void }
  | Extract<ReadResult, { ok: false }>;

/**
 * The first step of loading, which needs neither parser nor validator: reads
 * the files and, with `useCache`, looks their hash up in the cache.
 */
export function findDataset(target: string, useCache: boolean): Found {
  const read = readDatasetFiles(target);
  const dir = useCache && read.ok ? cacheDir() : undefined;
  if (!read.ok || dir === undefined) return read;
  const key = cacheKey(read.files);
  const cached = readCache(dir, key, read.files);
  if (cached) return { ok: true, files: read.files, cached: { ...cached, files: read.files.map((f) => f.name) } };
  return { ok: true, files: read.files, store: (loaded) => writeCache(dir, key, read.files, loaded) };
}

const entryPath = (dir: string, key: string) => path.join(dir, `${key}.v8`);

/** The validated dataset stored under `key`, or undefined (no entry, or one that is damaged or does not match). */
export function readCache(dir: string, key: string, files: readonly ReadFile[]): Cached | undefined {
  const file = entryPath(dir, key);
  try {
    const bytes = readRegular(file, MAX_CACHE_BYTES);
    // A SHA-256 of the rest leads the file: a truncated or altered entry is never deserialized.
    const payload = bytes.subarray(32);
    if (bytes.length < 32 || !createHash('sha256').update(payload).digest().equals(bytes.subarray(0, 32))) return;
    const entry = deserialize(payload) as Entry;
    if (entry?.format !== CACHE_FORMAT || entry.key !== key) return;
    const dataset: Dataset = { ...entry.rest, cells: unpackCells(entry.cells), compute: unpackCells(entry.compute) };
    const warnings = entry.warnings.map(({ problem, fileIndex }) => {
      const name = files[fileIndex]?.name;
      return name === undefined ? problem : { ...problem, file: name };
    });
    touch(file);
    return { dataset, warnings };
  } catch {
    return undefined;
  }
}

/** Marks an entry as just used, so pruning keeps it. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // A read-only cache still serves its entries.
  }
}

/**
 * Stores a validated dataset under `key`: written to a temporary file and
 * renamed, so a reader sees a whole entry or none; then the oldest entries
 * beyond the bounds are removed. Does nothing when the cache cannot be written.
 */
export function writeCache(dir: string, key: string, files: readonly ReadFile[], cached: Cached): void {
  const { cells, compute, ...rest } = cached.dataset;
  const names = files.map((f) => f.name);
  const entry: Entry = {
    format: CACHE_FORMAT,
    key,
    warnings: cached.warnings.map((problem) => ({ problem, fileIndex: names.indexOf(problem.file) })),
    rest,
    cells: packCells(cells),
    compute: packCells(compute),
  };
  let temp: string | undefined;
  try {
    const payload = serialize(entry);
    if (payload.length + 32 > MAX_CACHE_BYTES) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    temp = path.join(dir, `.${key}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, createHash('sha256').update(payload).digest());
      writeSync(fd, payload);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, entryPath(dir, key));
    temp = undefined;
    prune(dir);
  } catch {
    // A read-only home, a full disk: the next run validates again.
  } finally {
    if (temp) removeQuietly(temp);
  }
}

/** Keeps the most recently used entries within MAX_ENTRIES and MAX_CACHE_BYTES; removes abandoned temporary files. */
function prune(dir: string): void {
  const entries: { file: string; size: number; used: number }[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      const stat = statSync(file);
      if (ENTRY.test(name)) entries.push({ file, size: stat.size, used: stat.mtimeMs });
      else if (name.endsWith('.tmp') && Date.now() - stat.mtimeMs > STALE_TEMP_MS) removeQuietly(file);
    } catch {
      // Removed by another run meanwhile.
    }
  }
  entries.sort((a, b) => b.used - a.used);
  let total = 0;
  entries.forEach((e, i) => {
    total += e.size;
    if (i >= MAX_ENTRIES || total > MAX_CACHE_BYTES) removeQuietly(e.file);
  });
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone.
  }
}
