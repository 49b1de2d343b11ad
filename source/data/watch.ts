/**
 * Live reload (--watch): watches a dataset file or folder and, a short
 * debounce after the last change, loads it again and hands the result (a
 * dataset, or the problems of an invalid save) to a callback. Only reads: it
 * never writes to, locks or renames the watched files.
 *
 * A file is watched through its folder (editors often save by writing a new
 * file and renaming it over the old one, which a watch on the file itself
 * would lose); a folder is watched recursively. Where fs.watch is not
 * available or fails, it falls back to polling with fs.watchFile (once a
 * second by default): no faster than needed.
 */
import { type FSWatcher, type StatsListener, statSync, unwatchFile, watch, watchFile } from 'node:fs';
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
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const changed = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
  };
  let isDir = false;
  try {
    isDir = statSync(target).isDirectory();
  } catch {
    // A missing target is polled until it appears.
  }

  let watcher: FSWatcher | undefined;
  const polled: string[] = [];
  const onStat: StatsListener = (cur, prev) => {
    if (cur.mtimeMs !== prev.mtimeMs || cur.size !== prev.size || cur.ino !== prev.ino) changed();
  };
  const startPolling = () => {
    const files = isDir ? [target, ...safeList(target)] : [target];
    for (const f of files) {
      watchFile(f, { interval: pollMs, persistent: false }, onStat);
      polled.push(f);
    }
  };
  let mode: 'watch' | 'poll' = 'watch';
  const arm = () => {
    try {
      const base = path.basename(target);
      watcher = isDir
        ? watch(target, { recursive: true, persistent: false }, (_e, name) => {
            if (!name || DATA_FILE.test(String(name))) changed();
          })
        : watch(path.dirname(target), { persistent: false }, (_e, name) => {
            if (!name || String(name) === base) changed();
          });
      watcher.on('error', () => {
        watcher?.close();
        watcher = undefined;
        if (!closed && polled.length === 0) startPolling();
      });
    } catch {
      mode = 'poll';
    }
  };
  if (opts.poll) mode = 'poll';
  else arm();
  if (mode === 'poll') startPolling();
  // The path itself, polled: when it is removed and comes back (a folder deleted and restored, a
  // checkout switched), the change watch above is on a folder that no longer exists; arm it again.
  // A timer of its own rather than fs.watchFile: Node's recursive fs.watch uses watchFile on the same
  // path and removes every listener of it when it closes.
  // Identity is inode and ctime: a folder renamed away and back keeps its inode but not its ctime.
  let lastIdentity = identityOf(target);
  const returned = setInterval(() => {
    const identity = identityOf(target);
    const before = lastIdentity;
    lastIdentity = identity;
    if (identity === before || identity === '') return;
    try {
      isDir = statSync(target).isDirectory();
    } catch {
      return;
    }
    if (mode === 'watch') {
      watcher?.close();
      watcher = undefined;
      arm();
    } else {
      for (const f of polled.splice(0)) unwatchFile(f, onStat);
      startPolling();
    }
    changed();
  }, pollMs);
  returned.unref();
  // A save between reading the dataset and starting to watch would otherwise be missed.
  if (opts.since !== undefined) {
    const files = isDir ? safeList(target) : [target];
    if (files.some((f) => mtimeOf(f) > (opts.since as number))) changed();
  }
  return {
    get mode() {
      return watcher ? 'watch' : 'poll';
    },
    close() {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
      watcher = undefined;
      for (const f of polled.splice(0)) unwatchFile(f, onStat);
      clearInterval(returned);
    },
  };
}

function identityOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.ctimeMs}`;
  } catch {
    return '';
  }
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
      const r = loadDataset(target);
      onReload(r.ok ? { ok: true, dataset: r.loaded.dataset } : { ok: false, problems: r.problems });
    },
    opts,
  );
}
