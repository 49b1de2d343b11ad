/** `trainscape diff OLD NEW`: exit codes, the JSON shape, the vendor filter, and the pure model underneath. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import type { Dataset } from '../../source/data/schema.js';
import { diffLandscapes, filterDiff } from '../../source/model/diff.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { smallText, tempDir, writeTemp } from '../helpers/tmp.js';
import { runMain } from './fakeIo.js';

const SMALL = 'test/fixtures/small.yaml';
const NEXT = 'test/fixtures/small-next.yaml';
const dir = tempDir();
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/schemas/diff.schema.json'), 'utf8')),
);

async function diffJson(...args: string[]) {
  const r = await runMain(['diff', ...args, '--format', 'json']);
  const json = JSON.parse(r.stdout);
  expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
  return { code: r.code, json };
}

describe('trainscape diff', () => {
  it('exits 0 and says so when the datasets are identical, in every format', async () => {
    const copy = writeTemp(dir, 'copy.yaml', `# a comment changes nothing\n${smallText()}`);
    const t = await runMain(['diff', SMALL, copy]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('No differences.');
    const { code, json } = await diffJson(SMALL, copy);
    expect(code).toBe(0);
    expect(json).toMatchObject({ identical: true, changes: 0, cells: [] });
    expect((await runMain(['diff', SMALL, copy, '-f', 'csv'])).stdout).toBe(
      'Category,ID,Change,Item,Vendor,From,To,Detail\r\n',
    );
    expect((await runMain(['diff', SMALL, copy, '-f', 'markdown'])).stdout).toContain('No differences.');
  });

  it('exits 1 and lists vendors, features and sources added or removed, and every changed cell', async () => {
    const { code, json } = await diffJson(SMALL, NEXT);
    expect(code).toBe(1);
    expect(json.identical).toBe(false);
    expect(json.changes).toBe(11);
    expect(json.dataset).toEqual([
      { field: 'version', from: '0.0.1', to: '0.0.2' },
      { field: 'asOf', from: '2026-01-15', to: '2026-02-01' },
    ]);
    expect(json.vendors).toEqual({ added: [{ id: 'gamma', name: 'Gamma Cloud' }], removed: [], changed: [] });
    expect(json.features.added.map((f: { id: string }) => f.id)).toEqual(['checkpointing']);
    expect(json.features.removed.map((f: { id: string }) => f.id)).toEqual(['spot']);
    const statusChanges = json.cells.filter((c: { from: string; to: string }) => c.from !== c.to);
    expect(
      statusChanges.map((c: { matrix: string; id: string; vendor: string; from: string; to: string }) => c),
    ).toEqual([
      expect.objectContaining({ matrix: 'features', id: 'endpoints', vendor: 'beta', from: 'preview', to: 'ga' }),
      expect.objectContaining({ matrix: 'compute', id: 'gpu-x', vendor: 'beta', from: 'none', to: 'preview' }),
    ]);
    const edited = json.cells.find((c: { from: string; to: string }) => c.from === c.to);
    expect(edited).toMatchObject({ id: 'multi-node', vendor: 'alpha', fields: ['note'] });
    expect(json.sources.added.map((s: { id: string }) => s.id)).toEqual(['gamma-docs']);
    expect(json.sources.removed.map((s: { id: string }) => s.id)).toEqual(['beta-blog']);
    expect(json.sources.changed).toEqual([
      expect.objectContaining({ id: 'alpha-docs', fields: ['title', 'accessed'] }),
    ]);
  });

  it('is symmetric: swapping the files swaps added and removed, from and to', async () => {
    const { code, json } = await diffJson(NEXT, SMALL);
    expect(code).toBe(1);
    expect(json.vendors.removed.map((v: { id: string }) => v.id)).toEqual(['gamma']);
    expect(json.features.added.map((f: { id: string }) => f.id)).toEqual(['spot']);
    expect(json.cells.find((c: { id: string }) => c.id === 'endpoints')).toMatchObject({ from: 'ga', to: 'preview' });
  });

  it('--vendor keeps only that vendor and its cells; exit 0 when nothing of theirs changed', async () => {
    const { code, json } = await diffJson(SMALL, NEXT, '--vendor', 'b');
    expect(code).toBe(1);
    expect(json.vendors.added).toEqual([]);
    expect(new Set(json.cells.map((c: { vendor: string }) => c.vendor))).toEqual(new Set(['beta']));
    const same = writeTemp(dir, 'alpha-note.yaml', smallText().replace('note: Documented.', 'note: Documented well.'));
    expect((await runMain(['diff', SMALL, same, '--vendor', 'beta'])).code).toBe(0);
    expect((await runMain(['diff', SMALL, same, '--vendor', 'alpha'])).code).toBe(1);
  });

  it('shows statuses with glyph and word in the table, and as words in CSV', async () => {
    const t = await runMain(['diff', SMALL, NEXT, '--width', '160']);
    expect(t.stdout).toMatch(/Real-time endpoints \(endpoints\)\s+Beta AI\s+◇ Preview\s+✓ GA/);
    expect(t.stdout).toContain('Legend: ✓ GA');
    const csv = await runMain(['diff', SMALL, NEXT, '--format', 'csv']);
    expect(csv.stdout).toContain('Beta AI,Preview,GA,');
  });

  it('exits 2 on usage errors', async () => {
    const one = await runMain(['diff', SMALL]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('diff needs two datasets');
    expect((await runMain(['diff', SMALL, NEXT, 'extra'])).code).toBe(2);
    const vendor = await runMain(['diff', SMALL, NEXT, '--vendor', 'gama']);
    expect(vendor.code).toBe(2);
    expect(vendor.stderr).toContain('did you mean "gamma"?');
    expect((await runMain(['diff', SMALL, NEXT, '--format', 'yaml'])).code).toBe(2);
  });

  it('exits 3 when either dataset is invalid or missing, listing the problems of both', async () => {
    const bad = writeTemp(dir, 'bad.yaml', smallText().replace('status: partial', 'status: mostly'));
    for (const args of [
      [bad, SMALL],
      [SMALL, bad],
    ]) {
      const r = await runMain(['diff', ...args]);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+: cells\.alpha\.spot\.status/);
    }
    const both = await runMain(['diff', bad, `${dir}/missing.yaml`]);
    expect(both.code).toBe(3);
    expect(both.stderr).toMatch(/bad\.yaml/);
    expect(both.stderr).toMatch(/missing\.yaml: no such file or folder/);
  });
});

describe('diffLandscapes (pure)', () => {
  const base = (): Dataset => {
    const r = loadDataset(path.resolve(import.meta.dirname, '../fixtures/small.yaml'));
    if (!r.ok) throw new Error('small.yaml does not load');
    return structuredClone(r.loaded.dataset);
  };

  it('finds nothing between a dataset and its copy', () => {
    expect(diffLandscapes(buildLandscape(base()), buildLandscape(base())).identical).toBe(true);
  });

  it('a cell appearing where none was recorded is a change from unknown', () => {
    const a = base();
    const b = base();
    delete a.cells.beta!.spot;
    b.cells.beta!.spot = { status: 'ga', note: 'Now documented.', sources: ['beta-docs'] };
    const d = diffLandscapes(buildLandscape(a), buildLandscape(b));
    expect(d.cells).toEqual([
      expect.objectContaining({
        id: 'spot',
        vendor: 'beta',
        from: 'unknown',
        to: 'ga',
        fields: ['status', 'note', 'sources'],
      }),
    ]);
  });

  it('reports edited entities with the fields that changed, and filters by vendor', () => {
    const a = base();
    const b = base();
    b.vendors[1]!.parent = 'Beta Holdings';
    b.deals[0]!.status = 'announced';
    b.trends = [];
    const d = diffLandscapes(buildLandscape(a), buildLandscape(b));
    expect(d.vendors.changed).toEqual([
      {
        id: 'beta',
        name: 'Beta AI',
        fields: ['parent'],
        changes: [{ field: 'parent', from: 'Beta Inc.', to: 'Beta Holdings' }],
      },
    ]);
    expect(d.deals.changed).toEqual([expect.objectContaining({ id: 'alpha-buys-gamma', fields: ['status'] })]);
    expect(d.trends.removed.map((t) => t.id)).toEqual(['consolidation']);
    const alphaOnly = filterDiff(d, ['alpha']);
    expect(alphaOnly.vendors.changed).toEqual([]);
    expect(alphaOnly.identical).toBe(false);
  });
});
