/** Every source, with how many shown claims cite it. */
import type { Claim, Landscape } from '../model/landscape.js';
import type { BuiltView, ViewOptions } from './types.js';

/** The claims citing a source that concern shown vendors (or no vendor at all). */
export function visibleClaims(land: Landscape, sourceId: string, vendors: readonly string[]): Claim[] {
  return (land.citations.get(sourceId) ?? []).filter((c) => c.vendor === undefined || vendors.includes(c.vendor));
}

export function buildSources(land: Landscape, opts: ViewOptions): BuiltView {
  const all = land.vendors.length === opts.vendors.length;
  const sources = land.dataset.sources
    .map((s) => ({ s, claims: visibleClaims(land, s.id, opts.vendors) }))
    .filter(({ claims }) => all || claims.length > 0);
  return {
    table: {
      view: 'sources',
      title: 'Sources',
      frozen: 1,
      columns: [
        { id: 'title', title: 'Title', minWidth: 16, maxWidth: 60 },
        { id: 'publisher', title: 'Publisher', minWidth: 8, maxWidth: 24 },
        { id: 'kind', title: 'Kind', minWidth: 4, maxWidth: 13 },
        { id: 'accessed', title: 'Accessed', minWidth: 10, maxWidth: 10 },
        { id: 'claims', title: 'Claims', align: 'right', minWidth: 6, maxWidth: 6 },
        { id: 'url', title: 'URL', minWidth: 16, maxWidth: 100 },
      ],
      rows: sources.map(({ s, claims }) => ({
        id: s.id,
        searchText: s.id,
        cells: [
          { text: s.title },
          { text: s.publisher },
          { text: s.kind },
          { text: s.accessed },
          { text: String(claims.length) },
          { text: s.url },
        ],
      })),
    },
    json: {
      view: 'sources',
      asOf: land.asOf,
      rows: sources.map(({ s, claims }) => ({
        id: s.id,
        title: s.title,
        url: s.url,
        publisher: s.publisher,
        kind: s.kind,
        accessed: s.accessed,
        published: s.published ?? null,
        claims: claims.length,
      })),
    },
  };
}
