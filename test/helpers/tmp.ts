/** Temporary files for loader and CLI tests; removed after each test file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
export const SMALL = path.join(FIXTURES, 'small.yaml');
export const smallText = () => readFileSync(SMALL, 'utf8');

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'trainscape-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` to a new file in `dir` and returns its path. */
export function writeTemp(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
