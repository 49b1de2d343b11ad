/**
 * Global set-up: the whole suite, and every program it starts, keeps the
 * validated-data cache in a temporary directory, never in the user's ~/.cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'trainscape-cache-'));
  process.env.TRAINSCAPE_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
