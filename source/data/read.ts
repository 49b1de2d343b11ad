/** Reads the raw text of a dataset's files, refusing what is not a UTF-8 text dataset. */

import { isUtf8 } from 'node:buffer';
import type { Hash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems.js';

/** Any one file; JSON parses at well over 100 MB/s, so a large generated dataset still loads. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/**
 * YAML in all, per dataset: the YAML parser needs about 2 s and 350 MB per MiB
 * of structured text (measured in docs/reliability.md), so more is refused
 * before parsing. The bundled dataset is about 0.3 MiB.
 */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

export interface RawFile {
  /** The path shown to the user. */
  name: string;
  text: string;
}

/** A dataset file as read: checked to be UTF-8 text, not yet decoded (a cached dataset never needs the text). */
export interface ReadFile {
  /** The path shown to the user. */
  name: string;
  /** The path inside the dataset: relative to its folder, or the file's own name. */
  relative: string;
  bytes: Buffer;
}

/** Feeds a hash every file's path inside the dataset, length and bytes: what the snapshot and the cache key on. */
export function hashFiles(hash: Hash, files: readonly Pick<ReadFile, 'relative' | 'bytes'>[]): Hash {
  hash.update(`${files.length}\0`);
  for (const f of files) {
    hash.update(`${f.relative}\0${f.bytes.length}\0`);
    hash.update(f.bytes);
  }
  return hash;
}

export type ReadResult = { ok: true; files: ReadFile[] } | { ok: false; problems: Problem[] };

export function display(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

export function ioProblem(file: string, err: unknown): Problem {
  const code = (err as NodeJS.ErrnoException).code;
  const messages: Record<string, [string, string]> = {
    ENOENT: ['no such file or folder', 'check the path, or give none to use the bundled dataset'],
    ENOTDIR: ['no such file or folder (a part of the path is a file)', 'check the path'],
    EACCES: ['permission denied', 'make the file readable (chmod +r) or copy it somewhere readable'],
    EPERM: ['permission denied', 'make the file readable (chmod +r) or copy it somewhere readable'],
    EISDIR: ['is a folder, not a file', 'name a .yaml file or a folder of them'],
    ELOOP: ['too many symbolic links', 'point at the real file'],
  };
  const [message, hint] = messages[code ?? ''] ?? [
    `cannot be read (${code ?? String(err)})`,
    'check the path and its permissions',
  ];
  return { severity: 'error', file, message, hint };
}

/** The dataset files in a folder, recursively, in a stable order. */
export function listFolder(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      // schema.json is the editors' schema, not a fragment.
      else if (/\.ya?ml$/i.test(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

/** Decodes bytes as UTF-8, or explains why they are not a text dataset. */
export function decode(name: string, bytes: Buffer): string | Problem {
  return notText(name, bytes) ?? decodeText(bytes);
}

/** Why bytes are not a UTF-8 text dataset, or undefined when they are one. */
export function notText(name: string, bytes: Buffer): Problem | undefined {
  const fail = (message: string, hint: string): Problem => ({ severity: 'error', file: name, message, hint });
  if (bytes.length === 0) return fail('the file is empty', 'a dataset needs at least a `dataset:` section');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('the file is UTF-16 encoded', 'save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(`the file is binary (a NUL byte at offset ${nul})`, 'give a YAML or JSON text file');
  if (isUtf8(bytes)) return undefined;
  const at = firstInvalidUtf8(bytes);
  const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
  return { ...fail('the file is not valid UTF-8', 'save it as UTF-8'), line, column: 1 };
}

/** The text of bytes `notText` accepted, without a leading byte-order mark. */
export function decodeText(bytes: Buffer): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search the longest valid prefix (a prefix may end mid-character, so allow 3 bytes of slack).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Thrown by `readRegular` for a path that is not a regular file (a FIFO, a device, a socket). */
class NotRegular extends Error {}
/** Thrown by `readRegular` when a file holds more than it may. */
class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

/**
 * The bytes of a regular file, at most `max`. The file is opened without
 * blocking (a FIFO with no writer would otherwise hang in open()), checked to
 * be a regular file on the open descriptor (so a path swapped for a FIFO or a
 * device between a check and the open is still refused), and read no further
 * than `max` + 1 bytes whatever its size claims (/proc files, a file that grows).
 * The bytes go into one buffer sized by that check (one byte more, to notice
 * growth); it grows only for a file larger than it said.
 */
export function readRegular(file: string, max: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegular(file);
    if (stat.size > max) throw new TooLarge(stat.size);
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const larger = Buffer.allocUnsafe(Math.min(max + 1, total + Math.max(total, 1 << 16)));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > max) throw new TooLarge(total);
    }
    return buffer.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

export function readDatasetFiles(target: string): ReadResult {
  const shown = display(target);
  let paths: string[];
  // The folder the files are named relative to; a single file is named by its own name.
  let folder: string | undefined;
  try {
    const stat = statSync(target);
    if (stat.isDirectory()) {
      folder = target;
      paths = listFolder(target);
      if (paths.length === 0) {
        return {
          ok: false,
          problems: [
            {
              severity: 'error',
              file: shown,
              message: 'the folder holds no dataset (.yaml) files',
              hint: 'point --data at a .yaml file or a folder of them',
            },
          ],
        };
      }
    } else if (stat.isFile()) {
      paths = [target];
    } else {
      const message = 'is not a regular file or folder';
      const hint = 'name a .yaml file or a folder of them';
      return { ok: false, problems: [{ severity: 'error', file: shown, message, hint, badPath: true }] };
    }
  } catch (err) {
    const problem = ioProblem(shown, err);
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, problems: [code === 'ENOENT' || code === 'ENOTDIR' ? { ...problem, badPath: true } : problem] };
  }

  const files: ReadFile[] = [];
  const problems: Problem[] = [];
  // One decimal, or the bytes when one decimal would read as the limit itself ("32.0 MiB; the limit is 32 MiB").
  const mib = (n: number, limit: number) => {
    const text = (n / 1048576).toFixed(1);
    return Number(text) * 1048576 <= limit ? `${n.toLocaleString('en')} bytes` : `${text} MiB`;
  };
  let yaml = 0;
  for (const p of paths) {
    const name = display(p);
    const tooLarge = (size: number): Problem => ({
      severity: 'error',
      file: name,
      message: `the file is too large (${mib(size, MAX_FILE_BYTES)}; the limit is ${MAX_FILE_BYTES / 1048576} MiB)`,
      hint: 'check that this is the dataset you meant; trainscape reads hand-sized datasets',
    });
    try {
      const isYaml = !/\.json$/i.test(p);
      const bytes = readRegular(p, isYaml ? Math.min(MAX_FILE_BYTES, MAX_YAML_BYTES - yaml) : MAX_FILE_BYTES);
      if (isYaml) yaml += bytes.length;
      const problem = notText(name, bytes);
      if (problem) problems.push(problem);
      else files.push({ name, relative: folder === undefined ? path.basename(p) : path.relative(folder, p), bytes });
    } catch (err) {
      if (err instanceof NotRegular) {
        problems.push({
          severity: 'error',
          file: name,
          message: 'is not a regular file (a pipe, device or socket); it was not read',
          hint: 'a dataset folder holds only .yaml and .json files',
        });
      } else if (err instanceof TooLarge && /\.json$/i.test(p)) problems.push(tooLarge(err.size));
      else if (err instanceof TooLarge) {
        if (err.size > MAX_FILE_BYTES) problems.push(tooLarge(err.size));
        else {
          problems.push({
            severity: 'error',
            file: name,
            message: `too much YAML (${mib(yaml + err.size, MAX_YAML_BYTES)} in all; the limit is ${MAX_YAML_BYTES / 1048576} MiB of YAML per dataset)`,
            hint: 'check that this is the dataset you meant, or save a generated dataset as .json (up to 32 MiB)',
          });
          break;
        }
      } else problems.push(ioProblem(name, err));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}
