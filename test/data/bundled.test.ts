/**
 * The bundled dataset (data/landscape/) against the rules docs/data.md promises:
 * complete, cited, dated, and faithful to the seed article. Each check collects
 * its offenders so a failure names every item that broke the rule.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../source/data/load.js';
import { formatProblem } from '../../source/data/problems.js';
import type { Cell, Dataset, Deal, MarketFigure } from '../../source/data/schema.js';

const result = loadDataset();
const SEED = 'seed-gogoai';

/** The loaded dataset; throws with every problem when it does not load. */
function data(): Dataset {
  if (!result.ok)
    throw new Error(`the bundled dataset does not load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.loaded.dataset;
}

/** Every vendor × row cell of a table, with a label for messages. */
function cellsOf(d: Dataset, table: 'cells' | 'compute'): { label: string; cell: Cell }[] {
  return Object.entries(d[table]).flatMap(([vendor, row]) =>
    Object.entries(row).map(([rowId, cell]) => ({ label: `${table}.${vendor}.${rowId}`, cell })),
  );
}

/** Every claim that cites sources, with a label for messages. */
function claimsOf(d: Dataset): { label: string; sources: readonly string[] }[] {
  return [
    ...d.vendors.map((v) => ({ label: `vendor ${v.id}`, sources: v.sources })),
    ...cellsOf(d, 'cells').map(({ label, cell }) => ({ label, sources: cell.sources })),
    ...cellsOf(d, 'compute').map(({ label, cell }) => ({ label, sources: cell.sources })),
    ...d.deals.map((x) => ({ label: `deal ${x.id}`, sources: x.sources })),
    ...d.market.map((x) => ({ label: `market ${x.id}`, sources: x.sources })),
    ...d.trends.map((x) => ({ label: `trend ${x.id}`, sources: x.sources })),
  ];
}

describe('the bundled dataset', () => {
  it('loads with no errors and no warnings', () => {
    const problems = result.ok ? result.loaded.warnings : result.problems;
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has the four vendors', () => {
    const ids = data().vendors.map((v) => v.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const missing = ['databricks', 'vertex-ai', 'sagemaker', 'azure-ml'].filter((id) => !ids.includes(id));
    expect(missing).toEqual([]);
  });

  it('has at least 100 features in at least 12 categories', () => {
    const d = data();
    expect(d.features.length).toBeGreaterThanOrEqual(100);
    expect(new Set(d.features.map((f) => f.category)).size).toBeGreaterThanOrEqual(12);
  });

  it('gives every vendor a cell for every feature and every accelerator', () => {
    const d = data();
    const missing = d.vendors.flatMap((v) => [
      ...d.features.filter((f) => !d.cells[v.id]?.[f.id]).map((f) => `cells.${v.id}.${f.id}`),
      ...d.accelerators.filter((a) => !d.compute[v.id]?.[a.id]).map((a) => `compute.${v.id}.${a.id}`),
    ]);
    expect(missing).toEqual([]);
  });

  it('cites at least one source for every cell that is not unknown', () => {
    const d = data();
    const offenders = [...cellsOf(d, 'cells'), ...cellsOf(d, 'compute')]
      .filter(({ cell }) => cell.status !== 'unknown' && cell.sources.length === 0)
      .map(({ label, cell }) => `${label} (${cell.status})`);
    expect(offenders).toEqual([]);
  });

  it('explains every unknown, partial and preview cell with a note', () => {
    const d = data();
    const offenders = [...cellsOf(d, 'cells'), ...cellsOf(d, 'compute')]
      .filter(({ cell }) => ['unknown', 'partial', 'preview'].includes(cell.status) && !cell.note?.trim())
      .map(({ label, cell }) => `${label} (${cell.status})`);
    expect(offenders).toEqual([]);
  });

  it('backs vendor-feature claims with vendor documentation (docs or blog), never news', () => {
    const d = data();
    const kind = new Map(d.sources.map((s) => [s.id, s.kind]));
    const vendorDocs = (id: string) => kind.get(id) === 'docs' || kind.get(id) === 'blog';
    const offenders = cellsOf(d, 'cells').flatMap(({ label, cell }) => [
      ...(cell.status !== 'unknown' && !cell.sources.some(vendorDocs)
        ? [`${label} (${cell.status}) cites no docs or blog source`]
        : []),
      ...cell.sources.filter((id) => kind.get(id) === 'news').map((id) => `${label} cites news source ${id}`),
    ]);
    expect(offenders).toEqual([]);
  });
});

describe('the bundled sources', () => {
  it('are at least 60 distinct pages', () => {
    expect(new Set(data().sources.map((s) => s.url)).size).toBeGreaterThanOrEqual(60);
  });

  it('are each cited by at least one claim', () => {
    const d = data();
    const cited = new Set(claimsOf(d).flatMap((c) => c.sources));
    expect(d.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('have an http(s) URL, a title and a publisher', () => {
    const offenders = data().sources.flatMap((s) => [
      ...(/^https?:\/\/[^\s/]+\.[^\s/]+/.test(s.url) ? [] : [`${s.id}: url ${s.url} is not an http(s) URL`]),
      ...(s.title.trim() ? [] : [`${s.id}: empty title`]),
      ...(s.publisher.trim() ? [] : [`${s.id}: empty publisher`]),
    ]);
    expect(offenders).toEqual([]);
  });

  it('were accessed no later than the dataset asOf date', () => {
    const d = data();
    const offenders = d.sources.filter((s) => s.accessed > d.asOf).map((s) => `${s.id}: accessed ${s.accessed}`);
    expect(offenders, `asOf is ${d.asOf}`).toEqual([]);
  });
});

describe('the seed article', () => {
  it('is a source', () => {
    expect(data().sources.map((s) => s.id)).toContain(SEED);
  });

  it('is cited by every deal it names', () => {
    const named: [string, (x: Deal) => boolean][] = [
      ['the MosaicML acquisition', (x) => x.kind === 'acquisition' && /^mosaicml$/i.test(x.target)],
      ['the Run:ai acquisition', (x) => x.kind === 'acquisition' && /run:ai/i.test(x.target)],
      ['the Neeva acquisition', (x) => x.kind === 'acquisition' && /neeva/i.test(x.target)],
      ['the Element AI acquisition', (x) => x.kind === 'acquisition' && /element ai/i.test(x.target)],
      [
        'the $10B round at a $62B valuation',
        (x) => x.kind === 'funding' && x.value?.amount === 10e9 && x.valuation?.amount === 62e9,
      ],
      ['the unconfirmed unnamed rival', (x) => x.status === 'unconfirmed' && /unnamed|not named/i.test(x.target)],
    ];
    const deals = data().deals;
    const offenders = named.flatMap(([what, is]) => {
      const found = deals.filter(is);
      if (found.length === 0) return [`${what}: no such deal`];
      return found.filter((x) => !x.sources.includes(SEED)).map((x) => `${what} (${x.id}): does not cite ${SEED}`);
    });
    expect(offenders).toEqual([]);
  });

  it('gives the market figures: about $12B in 2024 and more than $30B by 2027', () => {
    const wanted: [string, (m: MarketFigure) => boolean][] = [
      ['~$12B in 2024', (m) => m.year === 2024 && m.value.amount === 12e9 && m.value.comparator === '~'],
      ['>$30B in 2027', (m) => m.year === 2027 && m.value.amount === 30e9 && m.value.comparator === '>'],
    ];
    const market = data().market;
    const missing = wanted
      .filter(([, is]) => !market.some((m) => is(m) && m.sources.includes(SEED)))
      .map(([what]) => `${what}, citing ${SEED}`);
    expect(missing).toEqual([]);
  });
});
