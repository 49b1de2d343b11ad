/**
 * How strong the evidence behind a claim is, from the kinds of its sources:
 * `primary` when any source is the vendor's own (documentation, blog, release)
 * or a filing; `secondary` when two or more independent non-primary sources
 * (news, analysts) agree; `single-source` when one non-primary source stands
 * alone. A claim with no sources has no evidence (null). Pure.
 */
import type { Source } from '../data/schema.js';

export const EVIDENCE_STRENGTHS = ['primary', 'secondary', 'single-source'] as const;
export type Evidence = (typeof EVIDENCE_STRENGTHS)[number];

const PRIMARY_KINDS: ReadonlySet<Source['kind']> = new Set(['docs', 'blog', 'press-release', 'filing']);

export const EVIDENCE_MEANING: Record<Evidence, string> = {
  primary: "the vendor's own documentation, blog or release, or a filing",
  secondary: 'news or analyst sources from two or more publishers, none primary',
  'single-source': 'one non-primary publisher only: unconfirmed',
};

/** The strength of a claim citing `refs`; sources missing from `byId` count as nothing. */
export function evidenceOf(refs: readonly string[], byId: ReadonlyMap<string, Source>): Evidence | null {
  // Most claims cite one source: its kind decides, with no publishers to compare.
  if (refs.length === 1) {
    const source = byId.get(refs[0] as string);
    if (!source) return null;
    return PRIMARY_KINDS.has(source.kind) ? 'primary' : 'single-source';
  }
  const publishers = new Set<string>();
  for (const ref of refs) {
    const source = byId.get(ref);
    if (!source) continue;
    if (PRIMARY_KINDS.has(source.kind)) return 'primary';
    publishers.add(source.publisher.trim().toLowerCase());
  }
  if (publishers.size === 0) return null;
  return publishers.size === 1 ? 'single-source' : 'secondary';
}

/** A weak claim is marked in tables; primary evidence needs no mark. */
export function isWeak(evidence: Evidence | null): boolean {
  return evidence === 'single-source' || evidence === 'secondary';
}

/** The mark drawn after a weakly evidenced status. */
export function evidenceMark(evidence: Evidence | null, ascii = false): string {
  if (evidence === 'single-source') return ascii ? '!' : '¹';
  if (evidence === 'secondary') return ascii ? '^' : '²';
  return '';
}

export function evidenceLegend(ascii = false): string {
  return `${evidenceMark('single-source', ascii)} single source (unconfirmed)  ${evidenceMark('secondary', ascii)} secondary sources only`;
}
