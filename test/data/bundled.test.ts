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
    ...d.vendors.flatMap((v) =>
      (v.formerly ?? []).map((f) => ({ label: `vendor ${v.id} formerly ${f.name}`, sources: f.sources })),
    ),
    ...[...cellsOf(d, 'cells'), ...cellsOf(d, 'compute')].flatMap(({ label, cell }) =>
      (cell.changes ?? []).map((c) => ({ label: `${label} change on ${c.on}`, sources: c.sources })),
    ),
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

/** Hosts that copy or stage vendor pages rather than publish them. */
const MIRROR_HOSTS = /(^|\.)(docs\.amazonaws\.cn|docs\.azure\.cn|amazonaws\.cn|appspot\.com|azure\.cn)$/i;
/** Locale path segments other than English ones (`/pt/`, `/ja-jp/`, `/id-id/`). */
const FOREIGN_LOCALE =
  /\/(?!en(?:-(?:us|gb))?\/)(?:[a-z]{2}-[a-z]{2}|zh-han[st]|pt|ja|ko|zh|de|fr|es|it|ru|id|tr|vi|th|pl|nl|sv|ar|he)\//i;
/** Query parameters that translate a page or track a visit. */
const TRACKING = /[?&](hl|nc\d?|loc|WT\.mc_id|utm_[a-z]+|source|sc_channel|trk|ref|authuser)=/i;
/** Aggregators and content farms that republish others' reporting. */
const AGGREGATORS = /(marketbeat\.com|fool\.com|inkl\.com|sababa|benzinga\.com|investing\.com|seekingalpha\.com)/i;
const PRIMARY_OR_MAJOR = new Set(['docs', 'blog', 'press-release', 'filing', 'news']);

describe('the bundled sources follow the source rules', () => {
  it('are canonical English pages: no mirrors, staging hosts, translated copies or tracking parameters (at most 5 explained exceptions)', () => {
    const d = data();
    const broken = d.sources.filter((s) => {
      const url = new URL(s.url);
      return MIRROR_HOSTS.test(url.hostname) || FOREIGN_LOCALE.test(url.pathname) || TRACKING.test(url.search);
    });
    const unexplained = broken.filter((s) => !s.note?.trim()).map((s) => `${s.id}: ${s.url}`);
    expect(unexplained).toEqual([]);
    expect(broken.length, broken.map((s) => s.id).join(', ')).toBeLessThanOrEqual(5);
  });

  it('back every deal with the company, a filing or a major outlet, never an aggregator', () => {
    const d = data();
    const byId = new Map(d.sources.map((s) => [s.id, s]));
    const offenders = d.deals.flatMap((deal) => {
      const sources = deal.sources.map((id) => byId.get(id)).filter((s) => s !== undefined);
      return [
        ...sources.filter((s) => AGGREGATORS.test(s.url)).map((s) => `deal ${deal.id} cites aggregator ${s.id}`),
        ...(deal.status !== 'unconfirmed' && !sources.some((s) => PRIMARY_OR_MAJOR.has(s.kind))
          ? [`deal ${deal.id} (${deal.status}) cites no release, filing or major outlet`]
          : []),
      ];
    });
    expect(offenders).toEqual([]);
  });
});

/** Dates written in a note: 2026-08-14, 30 Jun 2026, June 30, 2026. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
function datesIn(text: string): { date: string; at: number }[] {
  const out: { date: string; at: number }[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) out.push({ date: m[0], at: m.index ?? 0 });
  for (const m of text.matchAll(/\b(\d{1,2}) ([A-Z][a-z]+)\.? (\d{4})\b/g)) {
    const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase());
    if (month >= 0) out.push({ date: `${m[3]}-${pad(month + 1)}-${pad(Number(m[1]))}`, at: m.index ?? 0 });
  }
  for (const m of text.matchAll(/\b([A-Z][a-z]+)\.? (\d{1,2}),? (\d{4})\b/g)) {
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase());
    if (month >= 0) out.push({ date: `${m[3]}-${pad(month + 1)}-${pad(Number(m[2]))}`, at: m.index ?? 0 });
  }
  return out;
}
/** Words that put the date after them in the future. */
const FUTURE_WORDS =
  /(set for|scheduled for|will (?:be )?(?:removed|retired|deprecated|end|stop|shut down|sunset)[a-z ]*?(?:on|by)?|support ends|ends on|planned for|until|retires on|retiring on)\s*$/i;

describe('the bundled notes and lifecycle', () => {
  it('never speak of a date before the dataset asOf as future', () => {
    const d = data();
    const notes: { label: string; text: string }[] = [
      ...[...cellsOf(d, 'cells'), ...cellsOf(d, 'compute')].flatMap(({ label, cell }) => [
        { label, text: cell.note ?? '' },
        ...(cell.changes ?? []).map((c) => ({ label: `${label} change ${c.on}`, text: c.note })),
      ]),
      ...d.deals.map((x) => ({ label: `deal ${x.id}`, text: x.note ?? '' })),
      ...d.market.map((x) => ({ label: `market ${x.id}`, text: x.note ?? '' })),
    ];
    const offenders = notes.flatMap(({ label, text }) =>
      datesIn(text)
        .filter(({ date, at }) => date < d.asOf && FUTURE_WORDS.test(text.slice(Math.max(0, at - 60), at)))
        .map(({ date }) => `${label}: "${date}" is past but written as future`),
    );
    expect(offenders).toEqual([]);
  });

  it('finds past-as-future phrasing when it is there (the rule above can fail)', () => {
    const text = 'The feature is deprecated; removal set for 2026-08-14.';
    const [hit] = datesIn(text);
    expect(hit?.date).toBe('2026-08-14');
    expect(FUTURE_WORDS.test(text.slice(0, hit?.at))).toBe(true);
    expect(datesIn('support ends 30 Jun 2026')[0]?.date).toBe('2026-06-30');
  });

  it('records dated changes with sources, oldest first, each with a status word from the vocabulary', () => {
    const d = data();
    const changes = [...cellsOf(d, 'cells'), ...cellsOf(d, 'compute')].flatMap(({ label, cell }) =>
      (cell.changes ?? []).map((c, i, all) => ({ label, c, before: all[i - 1] })),
    );
    expect(changes.length).toBeGreaterThan(0);
    const offenders = changes.flatMap(({ label, c, before }) => [
      ...(c.sources.length === 0 ? [`${label} ${c.on}: no source`] : []),
      ...(before && before.on >= c.on ? [`${label} ${c.on}: not after ${before.on}`] : []),
    ]);
    expect(offenders).toEqual([]);
  });

  it('keeps unknown cells to at most 8% of all cells, each saying what was searched', () => {
    const d = data();
    const all = [...cellsOf(d, 'cells'), ...cellsOf(d, 'compute')];
    const unknown = all.filter(({ cell }) => cell.status === 'unknown');
    expect(unknown.length / all.length, `${unknown.length} of ${all.length}`).toBeLessThanOrEqual(0.08);
    const unsearched = unknown
      .filter(
        ({ cell }) =>
          /not yet checked/i.test(cell.note ?? '') || !/search|check|found|look|list/i.test(cell.note ?? ''),
      )
      .map(({ label }) => label);
    expect(unsearched).toEqual([]);
  });
});

describe('the source rules themselves', () => {
  it('catch the copies they are meant to catch, and pass canonical pages', () => {
    const bad = [
      'https://docs.amazonaws.cn/en_us/sagemaker/latest/dg/train.html',
      'https://docs.azure.cn/en-us/machine-learning/',
      'https://learn.microsoft.com/id-id/azure/machine-learning/',
      'https://docs.aws.amazon.com/pt/sagemaker/latest/dg/',
      'https://cloud.google.com/vertex-ai/docs?hl=ja',
      'https://aws.amazon.com/sagemaker/?nc=sn&loc=1',
      'https://learn.microsoft.com/azure/ml?WT.mc_id=x',
      'https://staging-dot-site.appspot.com/docs',
    ];
    const good = [
      'https://learn.microsoft.com/en-us/azure/machine-learning/concept-compute-target',
      'https://docs.aws.amazon.com/sagemaker/latest/dg/train-model.html',
      'https://docs.cloud.google.com/distributed-cloud/hosted/docs/latest/gdch/application/ao-user/genai/x',
    ];
    const flagged = (u: string) => {
      const url = new URL(u);
      return MIRROR_HOSTS.test(url.hostname) || FOREIGN_LOCALE.test(url.pathname) || TRACKING.test(url.search);
    };
    expect(bad.filter((u) => !flagged(u))).toEqual([]);
    expect(good.filter(flagged)).toEqual([]);
  });
});
