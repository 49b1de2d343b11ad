/** One claim (a feature or compute cell) as a table cell and as JSON, the same way in every view. */
import type { Cell, Change, Status } from '../data/schema.js';
import { type Evidence, evidenceLegend, evidenceOf, isWeak } from '../model/evidence.js';
import { type Freshness, isStaleClaim } from '../model/freshness.js';
import { claimDate, type Landscape } from '../model/landscape.js';
import { eventWhen, LIFECYCLE_WINDOW_DAYS, type LiveCell } from '../model/lifecycle.js';
import { STATUS_WORD } from './status.js';
import type { CellRef, TableCell } from './types.js';

/** Whether a claim has a change within the lifecycle window of the day it is shown. */
export function changeMark(cell: Cell): 'upcoming' | 'recent' | undefined {
  const lifecycle = (cell as LiveCell).lifecycle;
  if (lifecycle?.upcoming) return 'upcoming';
  if (lifecycle?.recent) return 'recent';
  return undefined;
}

export interface ClaimMarks {
  stale: boolean;
  change: boolean;
  weak: boolean;
}

/**
 * The marks any of `claims` carries, as `claimCell` would record them in
 * `seen`, without making the cells: it stops as soon as every kind is seen.
 */
export function marksOf(land: Landscape, claims: Iterable<Cell>, f: Freshness | undefined): ClaimMarks {
  const seen: ClaimMarks = { stale: false, change: false, weak: false };
  for (const cell of claims) {
    if (!seen.stale && f && isStaleClaim(land, cell, f)) seen.stale = true;
    if (!seen.change && changeMark(cell)) seen.change = true;
    if (!seen.weak && isWeak(evidenceOf(cell.sources, land.sourceById))) seen.weak = true;
    if ((seen.stale || !f) && seen.change && seen.weak) break;
  }
  return seen;
}

/** The table cell of a claim: its status in effect, with stale, change and weak-evidence marks. */
export function claimCell(
  land: Landscape,
  cell: Cell,
  ref: CellRef,
  f: Freshness | undefined,
  seen?: ClaimMarks,
): TableCell {
  const stale = isStaleClaim(land, cell, f);
  const change = changeMark(cell);
  const evidence = evidenceOf(cell.sources, land.sourceById);
  const weak = isWeak(evidence);
  if (seen) {
    if (stale) seen.stale = true;
    if (change) seen.change = true;
    if (weak) seen.weak = true;
  }
  return {
    text: STATUS_WORD[cell.status],
    status: cell.status,
    ref,
    ...(stale ? { stale } : {}),
    ...(change ? { change } : {}),
    ...(weak && evidence ? { evidence: evidence as Exclude<Evidence, 'primary'> } : {}),
    cite: { note: cell.note ?? '', sources: cell.sources, evidence },
  };
}

export interface ChangeJson {
  on: string;
  kind: Change['kind'];
  status: Status;
  note: string;
  sources: string[];
  evidence: Evidence | null;
  when: ReturnType<typeof eventWhen>;
}

export interface ClaimJson {
  status: Status;
  note: string;
  sources: string[];
  evidence: Evidence | null;
  asOf?: string;
  stale?: boolean;
  /** The status before any dated change, when the claim has changes. */
  baseStatus?: Status;
  changes?: ChangeJson[];
}

/** The JSON of a claim: status in effect today, evidence strength, age and its dated changes. */
export function claimJson(land: Landscape, cell: Cell, f: Freshness | undefined): ClaimJson {
  const out: ClaimJson = {
    status: cell.status,
    note: cell.note ?? '',
    sources: [...cell.sources],
    evidence: evidenceOf(cell.sources, land.sourceById),
  };
  if (f) {
    out.asOf = claimDate(land, cell);
    out.stale = isStaleClaim(land, cell, f);
  }
  if (cell.changes?.length) {
    out.baseStatus = (cell as LiveCell).lifecycle?.base ?? cell.status;
    let status = out.baseStatus;
    out.changes = cell.changes.map((c) => {
      status = c.status ?? status;
      return {
        on: c.on,
        kind: c.kind,
        status,
        note: c.note,
        sources: [...c.sources],
        evidence: evidenceOf(c.sources, land.sourceById),
        when: eventWhen(c.on, land.today),
      };
    });
  }
  return out;
}

/** Legend lines for the marks a table uses (the stale mark has its own legend). */
export function marksNotes(seen: ClaimMarks, ascii = false): string[] {
  const notes: string[] = [];
  if (seen.change)
    notes.push(
      `${changeGlyph('upcoming', ascii)} a dated change is coming within ${LIFECYCLE_WINDOW_DAYS} days; ${changeGlyph('recent', ascii)} one took effect in the last ${LIFECYCLE_WINDOW_DAYS} days (the Changes view lists them)`,
    );
  if (seen.weak) notes.push(`${evidenceLegend(ascii)}: weak evidence, see the sources`);
  return notes;
}

/** The mark after a status with a dated change near today. */
export function changeGlyph(change: 'upcoming' | 'recent', ascii = false): string {
  if (change === 'upcoming') return ascii ? '>' : '›';
  return ascii ? '<' : '‹';
}
