/**
 * The Changes view: a timeline of dated lifecycle events (retirements,
 * deprecations, launches, renames) across the shown vendors, grouped by where
 * each stands relative to today.
 */
import { evidenceOf } from '../model/evidence.js';
import type { Landscape } from '../model/landscape.js';
import {
  eventWhen,
  LIFECYCLE_WINDOW_DAYS,
  type LifecycleEvent,
  lifecycleEvents,
  relativeDay,
} from '../model/lifecycle.js';
import { dayCell } from './sortKeys.js';
import { sourcesCited, sourceUrls } from './sourcesCited.js';
import { STATUS_WORD } from './status.js';
import type { BuiltView, TableGroup, TableRow, ViewOptions } from './types.js';

/** Groups in the order a monthly check reads them: what is coming, what just happened, then the rest. */
const WHEN_GROUPS: TableGroup[] = [
  { id: 'upcoming', name: `Upcoming: the next ${LIFECYCLE_WINDOW_DAYS} days` },
  { id: 'recent', name: `Recent: the last ${LIFECYCLE_WINDOW_DAYS} days` },
  { id: 'later', name: 'Later' },
  { id: 'past', name: 'Earlier' },
];
const GROUP_ORDER = new Map(WHEN_GROUPS.map((g, i) => [g.id, i] as const));

/** Upcoming and later events soonest first; recent and earlier ones latest first. */
function timelineOrder(events: LifecycleEvent[], today: string): LifecycleEvent[] {
  return events
    .map((e, i) => ({ e, i, when: eventWhen(e.on, today) }))
    .sort((a, b) => {
      const g = (GROUP_ORDER.get(a.when) ?? 0) - (GROUP_ORDER.get(b.when) ?? 0);
      if (g !== 0) return g;
      const ahead = a.when === 'upcoming' || a.when === 'later';
      return (ahead ? a.e.on.localeCompare(b.e.on) : b.e.on.localeCompare(a.e.on)) || a.i - b.i;
    })
    .map(({ e }) => e);
}

const KIND_WORD: Record<LifecycleEvent['kind'], string> = {
  preview: 'Preview',
  ga: 'GA',
  deprecation: 'Deprecation',
  retirement: 'Retirement',
  rename: 'Rename',
  change: 'Change',
};

/** What an event changes, in words: the feature, accelerator or platform. */
export function eventSubject(land: Landscape, e: LifecycleEvent): string {
  if (e.subject === 'vendor') return 'Platform name';
  if (e.subject === 'feature') return land.featureById.get(e.row)?.name ?? e.row;
  return land.accelerators.find((a) => a.id === e.row)?.name ?? e.row;
}

/** A stable id for an event row. */
export function eventId(e: LifecycleEvent): string {
  return `${e.on}/${e.vendor}/${e.subject}/${e.row}`;
}

function statusChange(e: LifecycleEvent): string {
  if (!e.from || !e.to) return '';
  return e.from === e.to ? `${STATUS_WORD[e.to]} (unchanged)` : `${STATUS_WORD[e.from]} → ${STATUS_WORD[e.to]}`;
}

export function buildChanges(land: Landscape, opts: ViewOptions): BuiltView {
  const today = land.today;
  const events = timelineOrder(lifecycleEvents(land.raw, opts.vendors), today);
  const vendorName = (id: string) => land.vendorById.get(id)?.name ?? id;
  const rows: TableRow[] = events.map((e) => ({
    id: eventId(e),
    group: eventWhen(e.on, today),
    searchText: [e.note, e.row].join('\n'),
    csv: {
      Date: e.on,
      When: relativeDay(e.on, today),
      'Vendor ID': e.vendor,
      Vendor: vendorName(e.vendor),
      Kind: KIND_WORD[e.kind],
      Subject: e.subject,
      ID: e.row,
      Claim: eventSubject(land, e),
      From: e.from ? STATUS_WORD[e.from] : '',
      To: e.to ? STATUS_WORD[e.to] : '',
      Note: e.note,
      Evidence: evidenceOf(e.sources, land.sourceById) ?? 'none',
      'Source URLs': sourceUrls(land, e.sources),
    },
    cells: [
      dayCell(e.on),
      dayCell(e.on, relativeDay(e.on, today)),
      { text: vendorName(e.vendor) },
      { text: KIND_WORD[e.kind] },
      e.subject === 'vendor'
        ? { text: eventSubject(land, e) }
        : {
            text: eventSubject(land, e),
            ref: { kind: e.subject, row: e.row, vendor: e.vendor },
          },
      e.to ? { text: statusChange(e), status: e.to } : { text: '' },
      { text: e.note, cite: { note: '', sources: e.sources, evidence: evidenceOf(e.sources, land.sourceById) } },
    ],
  }));
  const used = new Set(rows.map((r) => r.group));
  return {
    table: {
      view: 'changes',
      title: 'Lifecycle changes',
      frozen: 1,
      columns: [
        { id: 'date', title: 'Date', minWidth: 10, maxWidth: 10 },
        { id: 'when', title: 'When', minWidth: 8, maxWidth: 13 },
        { id: 'vendor', title: 'Vendor', minWidth: 10, maxWidth: 30 },
        { id: 'kind', title: 'Kind', minWidth: 6, maxWidth: 11 },
        { id: 'claim', title: 'Claim', minWidth: 12, maxWidth: 40 },
        { id: 'status', title: 'Status', minWidth: 8, maxWidth: 22 },
        { id: 'note', title: 'Note', minWidth: 12, maxWidth: 90 },
      ],
      groups: WHEN_GROUPS.filter((g) => used.has(g.id)),
      rows,
      notes: [
        events.length === 0
          ? 'No dated changes are recorded for the shown vendors.'
          : `Today is ${today}. Statuses elsewhere are those in effect today; a change within ${LIFECYCLE_WINDOW_DAYS} days is marked in the Features and Compute matrices.`,
      ],
    },
    json: {
      view: 'changes',
      asOf: land.asOf,
      today,
      vendors: opts.vendors.map((id) => ({ id, name: vendorName(id) })),
      events: events.map((e) => ({
        on: e.on,
        when: eventWhen(e.on, today),
        vendor: e.vendor,
        kind: e.kind,
        subject: e.subject,
        id: e.row,
        name: eventSubject(land, e),
        ...(e.from ? { from: e.from } : {}),
        ...(e.to ? { to: e.to } : {}),
        note: e.note,
        sources: [...e.sources],
        evidence: evidenceOf(e.sources, land.sourceById),
      })),
      sources: sourcesCited(
        land,
        events.flatMap((e) => e.sources),
      ),
    },
  };
}
