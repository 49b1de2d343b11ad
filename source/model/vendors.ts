/** Resolving what a person types (`aws`, `Google`, `azure-ml`) to vendor ids from the data. */
import { closest, distance } from 'fastest-levenshtein';
import { normaliseName } from '../data/names.js';
import type { Vendor } from '../data/schema.js';

export type VendorResolution =
  | { ok: true; ids: string[] }
  | { ok: false; given: string; suggestion?: string; known: string[] };

export { normaliseName };

/** Every name a vendor answers to: id, aliases, and its display name. */
export function vendorNames(vendors: readonly Vendor[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const v of vendors) {
    for (const n of [v.id, normaliseName(v.name), ...v.aliases.map(normaliseName)]) {
      if (!names.has(n)) names.set(n, v.id);
    }
  }
  return names;
}

/**
 * Resolves flag values (repeatable, each possibly comma-separated) to vendor ids,
 * in the order given, without duplicates. An empty request means every vendor.
 */
export function resolveVendors(requested: readonly string[], vendors: readonly Vendor[]): VendorResolution {
  const names = vendorNames(vendors);
  const ids: string[] = [];
  const parts = requested
    .flatMap((r) => r.split(','))
    .map(normaliseName)
    .filter(Boolean);
  for (const part of parts) {
    const id = names.get(part);
    if (!id) {
      const candidates = [...names.keys()];
      const best = candidates.length > 0 ? closest(part, candidates) : undefined;
      const near = best !== undefined && distance(part, best) <= Math.max(2, Math.floor(part.length / 3));
      return {
        ok: false,
        given: part,
        suggestion: near ? names.get(best) : undefined,
        known: vendors.map((v) => v.id),
      };
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return { ok: true, ids: ids.length > 0 ? ids : vendors.map((v) => v.id) };
}

/** The one-line message for an unresolved vendor, and its hint. */
export function unknownVendorMessage(r: Extract<VendorResolution, { ok: false }>): { message: string; hint: string } {
  const mean = r.suggestion ? `; did you mean "${r.suggestion}"?` : '';
  return { message: `unknown vendor "${r.given}"${mean}`, hint: `known vendors: ${r.known.join(', ')}` };
}
