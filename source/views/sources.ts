/** Every source, with how many shown claims cite it. */
import { durationText, type Freshness, isStale, isStaleClaim } from '../model/freshness.js';
import { type Claim, cellOf, computeCellOf, type Landscape } from '../model/landscape.js';
import { staleGlyph } from '../text/format.js';
import { withLazyJson } from './lazy.js';
import { dayCell, numberCell } from './sortKeys.js';
import type { BuiltView, TableModel, ViewOptions } from './types.js';

/** The claims citing a source that concern shown vendors (or no vendor at all). */
export function visibleClaims(
  land: Landscape,
  sourceId: string,
  vendors: readonly string[] | ReadonlySet<string>,
): Claim[] {
  const shown = vendors instanceof Set ? vendors : new Set(vendors);
  return (land.citations.get(sourceId) ?? []).filter((c) => c.vendor === undefined || shown.has(c.vendor));
}

/** How many of a source's claims are stale (feature and compute claims; other kinds have no date of their own). */
function staleCount(land: Landscape, claims: readonly Claim[], f: Freshness): number {
  let n = 0;
  for (const c of claims) {
    if (!c.vendor) continue;
    const cell =
      c.kind === 'feature'
        ? cellOf(land, c.vendor, c.id)
        : c.kind === 'compute'
          ? computeCellOf(land, c.vendor, c.id)
          : undefined;
    if (cell && isStaleClaim(land, cell, f)) n++;
  }
  return n;
}

export function buildSources(land: Landscape, opts: ViewOptions): BuiltView {
  const all = land.vendors.length === opts.vendors.length;
  const f = opts.freshness;
  const shown = new Set(opts.vendors);
  const sources = land.dataset.sources
    .map((s) => {
      const claims = visibleClaims(land, s.id, shown);
      return {
        s,
        claims,
        stale: f ? isStale(s.accessed, f) : false,
        staleClaims: f ? staleCount(land, claims, f) : 0,
      };
    })
    .filter(({ claims }) => all || claims.length > 0);
  const staleSources = sources.filter((x) => x.stale).length;
  const staleTotal = sources.reduce((n, x) => n + x.staleClaims, 0);
  const table: TableModel = {
    view: 'sources',
    title: f && staleSources > 0 ? `Sources (${staleSources} stale)` : 'Sources',
    frozen: 1,
    columns: [
      { id: 'title', title: 'Title', minWidth: 16, maxWidth: 60 },
      { id: 'publisher', title: 'Publisher', minWidth: 8, maxWidth: 24 },
      { id: 'kind', title: 'Kind', minWidth: 4, maxWidth: 13 },
      { id: 'accessed', title: 'Accessed', minWidth: 10, maxWidth: 10 },
      { id: 'claims', title: 'Claims', align: 'right', minWidth: 6, maxWidth: 6 },
      { id: 'stale', title: 'Stale', align: 'right', minWidth: 5, maxWidth: 7 },
      { id: 'url', title: 'URL', minWidth: 16, maxWidth: 100 },
    ],
    rows: sources.map(({ s, claims, stale, staleClaims }) => ({
      id: s.id,
      searchText: `${s.id}${stale ? '\nstale' : ''}`,
      csv: {
        Title: s.title,
        Publisher: s.publisher,
        Kind: s.kind,
        Accessed: s.accessed,
        Published: s.published ?? '',
        Claims: claims.length,
        ...(f ? { Stale: stale ? 'yes' : 'no', 'Stale claims': staleClaims } : {}),
        URL: s.url,
      },
      cells: [
        { text: s.title },
        { text: s.publisher },
        { text: s.kind },
        dayCell(s.accessed),
        numberCell(claims.length),
        { text: staleText(stale, staleClaims, f ? staleGlyph() : '') },
        { text: s.url },
      ],
    })),
    ...(f
      ? {
          notes: [
            `Stale: ${staleGlyph()} marks a source accessed more than ${durationText(f.staleAfter)} before ${f.today}; the number counts the claims citing it that are stale (${staleTotal} in all).`,
          ],
        }
      : {}),
  };
  return withLazyJson(table, () => ({
    view: 'sources',
    asOf: land.asOf,
    rows: sources.map(({ s, claims, stale, staleClaims }) => ({
      id: s.id,
      title: s.title,
      url: s.url,
      publisher: s.publisher,
      kind: s.kind,
      accessed: s.accessed,
      published: s.published ?? null,
      claims: claims.length,
      ...(f ? { stale, staleClaims } : {}),
    })),
  }));
}

/** The Stale cell: the mark when the source itself is stale, then how many of its claims are stale. */
function staleText(source: boolean, claims: number, glyph: string): string {
  if (!glyph) return '';
  return `${source ? `${glyph} ` : ''}${claims}`;
}
