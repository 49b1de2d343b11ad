/**
 * Staleness is one rule everywhere: with today far after the data, each
 * compute and feature claim is stale in the matrix (the † mark), in the
 * view's JSON (`asOf`, `stale`), in the evidence pane (STALE) and in the
 * Overview's counts, and they all agree claim by claim.
 */
import { describe, expect, it } from 'vitest';
import { buildLandscape } from '../../source/model/landscape.js';
import { buildDoc } from '../../source/views/evidence/documents.js';
import { buildView } from '../../source/views/index.js';
import { bundledLandscape } from '../helpers/render.js';

const today = '2028-01-01';
const freshness = { today, staleAfter: { amount: 12, unit: 'm' as const } };
const land = buildLandscape(bundledLandscape().raw, today);
const vendors = land.vendors.map((v) => v.id);

type JsonCell = { asOf?: string; stale?: boolean };
type JsonRow = { id: string; cells: Record<string, JsonCell> };

describe.each([
  ['compute', 'compute'],
  ['features', 'feature'],
] as const)('the %s view under TRAINSCAPE_TODAY=2028-01-01', (view, kind) => {
  const built = buildView(view, land, { vendors, freshness });
  const json = built.json.rows as JsonRow[];

  it('marks every claim the JSON calls stale with † in its matrix cell, and no other', () => {
    let stale = 0;
    for (const row of built.table.rows) {
      const jsonRow = json.find((r) => r.id === row.id);
      vendors.forEach((v, k) => {
        const cell = row.cells[k + 1];
        const j = jsonRow?.cells[v];
        expect(j?.asOf, `${row.id}/${v} has asOf`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(cell?.stale === true, `${row.id}/${v}`).toBe(j?.stale === true);
        if (j?.stale) stale++;
      });
    }
    expect(stale).toBeGreaterThan(0);
    expect(built.table.stale).toMatch(/^†/);
  });

  it('the evidence pane says STALE exactly for the claims the matrix marks', () => {
    const row = built.table.rows[0];
    for (const [k, v] of vendors.entries()) {
      const cell = row?.cells[k + 1];
      const doc = buildDoc(
        { kind: 'cell', cellKind: kind, row: row?.id ?? '', vendor: v },
        { land, vendors, width: 80, ascii: false, freshness },
      );
      const text = doc.lines.map((l) => l.map((s) => s.text).join('')).join('\n');
      expect(text.includes('STALE'), `${row?.id}/${v}`).toBe(cell?.stale === true);
    }
  });

  it('the Overview counts the same stale claims per vendor', () => {
    const overview = buildView('overview', land, { vendors, freshness }).json.rows as {
      id: string;
      stale: Record<string, number>;
    }[];
    for (const v of vendors) {
      const counted = json.filter((r) => r.cells[v]?.stale).length;
      expect(overview.find((r) => r.id === v)?.stale[kind], v).toBe(counted);
    }
  });
});
