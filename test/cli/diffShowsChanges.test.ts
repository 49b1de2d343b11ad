/** diff shows old → new for names, statuses, notes and sources, in every format. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';
import { runMain } from './fakeIo.js';

const dir = tempDir();
const OLD = writeTemp(dir, 'old.yaml', smallText());
const NEW = writeTemp(
  dir,
  'new.yaml',
  smallText()
    .replace('{id: training, name: Training}', '{id: training, name: Model training}')
    .replace('name: Beta AI', 'name: Beta Cloud AI'),
);
const text = smallText();
const cellLine = text.split('\n').find((l) => /^\s+spot: \{status: partial/.test(l)) as string;
const EDITED = writeTemp(
  dir,
  'edited.yaml',
  text.replace(
    cellLine,
    cellLine
      .replace('status: partial', 'status: ga')
      .replace(/note: "[^"]*"|note: [^,}]*/, 'note: "Now GA everywhere."'),
  ),
);

const FORMATS = ['table', 'markdown', 'csv', 'json'] as const;

describe.each(FORMATS)('diff --format %s', (format) => {
  it('a renamed category and vendor show the old and the new name', async () => {
    const r = await runMain(['diff', OLD, NEW, '--format', format, '--width', '200']);
    expect(r.code).toBe(1);
    for (const name of ['Training', 'Model training', 'Beta AI', 'Beta Cloud AI']) expect(r.stdout).toContain(name);
    if (format === 'csv') {
      const rows: string[][] = parse(r.stdout);
      const header = rows[0] ?? [];
      const from = header.indexOf('From');
      const to = header.indexOf('To');
      const renamed = rows.find((row) => row[to] === 'Model training');
      expect(renamed?.[from]).toBe('Training');
    }
    if (format === 'json') {
      const j = JSON.parse(r.stdout);
      expect(j.categories.changed[0].changes).toEqual([{ field: 'name', from: 'Training', to: 'Model training' }]);
    }
  });

  it('an edited cell shows its old and new status and note', async () => {
    const r = await runMain(['diff', OLD, EDITED, '--format', format, '--width', '200']);
    expect(r.code).toBe(1);
    const oldNote = /note: "([^"]*)"/.exec(cellLine)?.[1] ?? /note: ([^,}]*)/.exec(cellLine)?.[1] ?? '';
    expect(oldNote).not.toBe('');
    expect(r.stdout).toContain(oldNote);
    expect(r.stdout).toContain('Now GA everywhere.');
    expect(r.stdout).toMatch(format === 'json' ? /"from": "partial"/ : /Partial/);
  });
});

it('changed sources of a cell show in the table as what was taken away and added', async () => {
  const NEXT = 'test/fixtures/small-next.yaml';
  const r = await runMain(['diff', 'test/fixtures/small.yaml', NEXT, '--format', 'table', '--width', '200']);
  expect(r.stdout).toMatch(/beta-docs, beta-blog\s+beta-docs\s+sources −beta-blog/);
});
