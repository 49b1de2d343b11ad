/**
 * Saving a view from the dashboard (Ctrl-S), the parts that need no screen:
 * the default file name, the format an extension asks for, and a write that
 * never replaces a file unless told to. The key, prompt and status line are
 * the dashboard's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Format } from '../print/index.js';
import type { ViewName } from '../views/types.js';

/** Extension → printed format; `.txt` is the plain table. */
export const SAVE_FORMATS: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.json': 'json',
  '.txt': 'table',
};

/** `trainscape-<view>-<YYYY-MM-DD>.md`, in the working directory. */
export function defaultSavePath(view: ViewName, today: string, ext = '.md'): string {
  return `trainscape-${view}-${today}${ext}`;
}

/** The format a file name asks for, by its extension (case-insensitive); undefined for any other. */
export function formatForPath(file: string): Format | undefined {
  return SAVE_FORMATS[path.extname(file).toLowerCase()];
}

/** Extensions that save the decision itself (a --profile file) rather than the view. */
export const PROFILE_EXTENSIONS: readonly string[] = ['.yaml', '.yml'];

/** Whether a file name asks for a profile (vendors, weights, must-haves, thresholds). */
export function isProfilePath(file: string): boolean {
  return PROFILE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** What to say when the extension is not one we write. */
export function extensionHint(): string {
  return `end the name with ${[...Object.keys(SAVE_FORMATS), ...PROFILE_EXTENSIONS].join(', ')}`;
}

export type SaveResult = { ok: true; path: string } | { ok: false; reason: 'exists' | 'error'; message: string };

/** Writes `text` to `file`; an existing file is replaced only with `overwrite` (the prompt's yes). */
export function saveText(file: string, text: string, overwrite = false): SaveResult {
  const full = path.resolve(file);
  try {
    writeFileSync(full, text, { flag: overwrite ? 'w' : 'wx' });
    return { ok: true, path: full };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EEXIST') return { ok: false, reason: 'exists', message: `${file} exists; replace it?` };
    return { ok: false, reason: 'error', message: `cannot write ${file}: ${e.message}` };
  }
}
