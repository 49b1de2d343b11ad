/**
 * Must-haves: features or accelerators a vendor has to offer to stay on the
 * shortlist. A must-have the vendor lacks (`none`) or that nobody has checked
 * (`unknown`) eliminates it; one in `preview` lets it pass, flagged; `ga` and
 * `partial` pass. Pure.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { Status } from '../data/vocabulary.js';
import { cellOf, computeCellOf, type Landscape } from './landscape.js';

export interface ShortlistEntry {
  vendor: string;
  eliminated: boolean;
  /** Must-haves the vendor lacks (none or unknown), in the order required. */
  missing: string[];
  /** Must-haves the vendor has only in preview. */
  preview: string[];
}

export type ParsedRequire =
  | { ok: true; ids: string[] }
  | { ok: false; given: string; suggestion: string | undefined; message: string };

/** Every id a must-have may name: feature ids, then accelerator ids. */
export function mustHaveIds(land: Landscape): string[] {
  return [...land.features.map((f) => f.id), ...land.accelerators.map((a) => a.id)];
}

/** Parses `--require` values (repeatable, comma-separated) into known ids, without duplicates. */
export function parseRequire(specs: readonly string[], land: Landscape): ParsedRequire {
  const known = mustHaveIds(land);
  const valid = new Set(known);
  const ids: string[] = [];
  for (const part of specs.flatMap((s) => s.split(',')).map((s) => s.trim())) {
    if (part === '') continue;
    if (!valid.has(part)) {
      const best = known.length > 0 ? closest(part, known) : undefined;
      const near = best !== undefined && distance(part, best) <= Math.max(2, Math.floor(part.length / 3));
      const suggestion = near ? best : undefined;
      const mean = suggestion ? `; did you mean "${suggestion}"?` : '';
      return {
        ok: false,
        given: part,
        suggestion,
        message: `--require: unknown feature or accelerator "${part}"${mean}`,
      };
    }
    if (!ids.includes(part)) ids.push(part);
  }
  return { ok: true, ids };
}

/** A vendor's status for a must-have: its feature cell, or its compute cell for an accelerator. */
export function mustHaveStatus(land: Landscape, vendor: string, id: string): Status {
  return land.featureById.has(id) ? cellOf(land, vendor, id).status : computeCellOf(land, vendor, id).status;
}

export function shortlist(land: Landscape, vendors: readonly string[], required: readonly string[]): ShortlistEntry[] {
  return vendors.map((vendor) => {
    const missing: string[] = [];
    const preview: string[] = [];
    for (const id of required) {
      const status = mustHaveStatus(land, vendor, id);
      if (status === 'none' || status === 'unknown') missing.push(id);
      else if (status === 'preview') preview.push(id);
    }
    return { vendor, eliminated: missing.length > 0, missing, preview };
  });
}
