/**
 * Live reload (--watch): watches a dataset file or folder and, a short
 * debounce after the last change, loads it again and hands the result (a
 * dataset, or the problems of an invalid save) to a callback. Only reads: it
 * never writes to, locks or renames the watched files.
 *
 * Watches are kept on folders, never on files: editors save by writing a new
 * file and renaming it over the old one (sed -i, vim), and a watch on the old
 * file would see only the first save. So a file is watched through its
 * folder, and a folder dataset through each of its folders (not fs.watch's
 * recursive mode, which watches files on Linux). After every change the set
 * of watched folders is made again: a folder added, removed or put back, or a
 * dataset deleted and made again, is followed. While the dataset or its
 * folder is missing, the nearest folder above it that exists is watched.
 * Where fs.watch is not available or fails, it polls with fs.watchFile (once
 * a second by default): no faster than needed.
 */
import { type FSWatcher, readdirSync, type StatsListener, statSync, unwatchFile, watch, watchFile } from 'node:fs';
import path from 'node:path';
import { loadDataset } from './load.js';
import type { Problem } from './problems.js';
import { listFolder } from './read.js';
import type { Dataset } from './schema.js';

export type Reloaded = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export interface WatchOptions {
  /** Quiet time after the last change before reloading (ms). */
  debounceMs?: number;
  /** Polling interval when fs.watch cannot be used (ms). */
  pollMs?: number;
  /** Force polling (tests; file systems without change events). */
  poll?: boolean;
  /** When the dataset was last read (ms since the epoch): a file changed since then reloads at once. */
  since?: number;
}

export interface DatasetWatcher {
  /** How changes are noticed. */
  readonly mode: 'watch' | 'poll';
  /** Stops watching; safe to call more than once. */
  close(): void;
}

const DATA_FILE = /\.(ya?ml|json)$/i;

/** Calls `onChange` (debounced) when the dataset at `target` changes. */
export function watchPath(target: string, onChange: () => void, opts: WatchOptions = {}): DatasetWatcher {
  const debounceMs = opts.debounceMs ?? 120;
  const pollMs = opts.pollMs ?? 1000;
  const abs = path.resolve(target);
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
  };

  const watchers = new Map<string, FSWatcher>();
  const polled = new Set<string>();
  let mode: 'watch' | 'poll' = opts.poll ? 'poll' : 'watch';

  const onStat: StatsListener = (cur, prev) => {
    if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size || cur.ino !== prev.ino) {
      rearm();
      changed();
    }
  };
  /** An event in `dir` about `name` (null when the platform does not say). */
  const onEvent = (dir: string, name: string | null) => {
    if (closed) return;
    const full = name === null ? undefined : path.join(dir, name);
    const inside = dir === abs || dir.startsWith(abs + path.sep);
    // Above the dataset, only the dataset itself or a folder on the way to it matters.
    const relevant = inside
      ? full === undefined || DATA_FILE.test(full) || watchers.has(full) || isDirectory(full)
      : full === undefined || full === abs || abs.startsWith(full + path.sep);
    if (!relevant) return;
    rearm();
    changed();
  };
  const startPolling = () => {
    mode = 'poll';
    for (const w of watchers.values()) w.close();
    watchers.clear();
    rearm();
  };
  /** Watches (or polls) what the dataset is now: its folders, or the nearest folder above it. */
  function rearm() {
    if (closed) return;
    if (mode === 'poll') {
      for (const f of [abs, ...(isDirectory(abs) ? [...foldersOf(abs), ...safeList(abs)] : [])]) {
        if (polled.has(f)) continue;
        polled.add(f);
        watchFile(f, { interval: pollMs, persistent: false }, onStat);
      }
      return;
    }
    const wanted = new Set([nearestFolderAbove(abs), ...(isDirectory(abs) ? foldersOf(abs) : [])]);
    for (const [dir, w] of watchers) {
      if (!wanted.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const dir of wanted) {
      if (watchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: false }, (_e, name) => onEvent(dir, name === null ? null : String(name)));
        // A watched folder removed: watch again from what is left.
        w.on('error', () => {
          w.close();
          if (watchers.get(dir) === w) watchers.delete(dir);
          rearm();
          changed();
        });
        watchers.set(dir, w);
      } catch {
        // Gone between listing and watching (the next event rearms), or fs.watch unusable here.
        if (isDirectory(dir)) return startPolling();
      }
    }
  }
  rearm();
  // A save (or the dataset removed) between reading it and starting to watch would otherwise be missed.
  if (opts.since !== undefined) {
    const files = isDirectory(abs) ? safeList(abs) : [abs];
    if (mtimeOf(abs) === 0 || files.some((f) => mtimeOf(f) > (opts.since as number))) changed();
  }
  return {
    get mode() {
      return mode;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
      for (const f of polled) unwatchFile(f, onStat);
      polled.clear();
    },
  };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The folder holding `p` or, while that is missing, the nearest one above it that exists. */
function nearestFolderAbove(p: string): string {
  let dir = path.dirname(p);
  while (!isDirectory(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** `dir` and every folder under it (hidden ones left out, as the loader leaves them out). */
function foldersOf(dir: string): string[] {
  const out = [dir];
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...foldersOf(path.join(dir, entry.name)));
    }
  } catch {
    // Removed while listing: the event that follows rearms.
  }
  return out;
}

function mtimeOf(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function safeList(dir: string): string[] {
  try {
    return listFolder(dir);
  } catch {
    return [];
  }
}

/** Watches `target` and reloads it on each change, handing the dataset or its problems to `onReload`. */
export function watchDataset(target: string, onReload: (r: Reloaded) => void, opts: WatchOptions = {}): DatasetWatcher {
  return watchPath(
    target,
    () => {
      const r = loadDataset(target, { cache: true });
      onReload(r.ok ? { ok: true, dataset: r.loaded.dataset } : { ok: false, problems: r.problems });
    },
    opts,
  );
}
