import { appendFileSync, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { readSnapshot } from '../../source/data/snapshot.js';
import { writeSnapshot } from '../../source/data/writeSnapshot.js';
import { SMALL, tempDir } from '../helpers/tmp.js';

describe('the build-time dataset snapshot', () => {
  const dir = tempDir();
  const data = path.join(dir, 'landscape');
  mkdirSync(data);
  copyFileSync(SMALL, path.join(data, 'small.yaml'));
  const out = path.join(dir, 'snapshot.json');

  it('holds exactly what the loader returns for the YAML', () => {
    expect(writeSnapshot(data, out)).toBe(true);
    expect(readSnapshot(out, data)).toEqual(loadOrThrow(data).dataset);
  });

  it('is ignored once any dataset file changes', () => {
    appendFileSync(path.join(data, 'small.yaml'), '\n# edited\n');
    expect(readSnapshot(out, data)).toBeUndefined();
  });

  it('is ignored when a file is added', () => {
    writeSnapshot(data, out);
    copyFileSync(SMALL, path.join(data, 'extra.yaml'));
    expect(readSnapshot(out, data)).toBeUndefined();
  });

  it('is ignored when missing or unreadable', () => {
    expect(readSnapshot(path.join(dir, 'nope.json'), data)).toBeUndefined();
  });
});
