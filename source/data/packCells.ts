/**
 * A compact form of a validated matrix (vendor → row → cell) for the cache:
 * each distinct text, list of sources and list of row ids is stored once, and
 * each cell is a few numbers. Cells with dated changes, or any other shape,
 * are kept whole.
 *
 * Unpacked, the matrix is a plain record whose rows are built the first time
 * they are read (a quarter of a million cells cost far more to build than to
 * count), and cells that share a note or sources share one string or one
 * (never mutated) list. Until then `packedRow` answers a row's statuses and
 * dates from the packed numbers: the overview counts 50 × 5,000 cells
 * without building one.
 */
import type { Cell, Status } from './schema.js';

type Table = Record<string, Record<string, Cell>>;

export interface PackedCells {
  vendors: string[];
  /** Distinct lists of row ids, in the order the rows were written. */
  rowLists: string[][];
  /** Per vendor: its index into rowLists. */
  rowsOf: number[];
  strings: string[];
  sourceLists: string[][];
  /** Per cell, in vendor then row order: indexes into strings (−1: absent) and sourceLists. */
  status: Int32Array;
  note: Int32Array;
  asOf: Int32Array;
  sources: Int32Array;
  /** Cells kept whole, by their position in that order. */
  whole: Map<number, Cell>;
}

/** The keys a packed cell may have, in the order validation writes them. */
const PACKED_KEYS = ['status', 'note', 'sources', 'asOf'];

function packable(cell: Cell): boolean {
  let at = 0;
  for (const key in cell) {
    while (at < PACKED_KEYS.length && PACKED_KEYS[at] !== key) at++;
    if (at === PACKED_KEYS.length) return false;
    const value = (cell as unknown as Record<string, unknown>)[key];
    if (key === 'sources' ? !Array.isArray(value) : typeof value !== 'string') return false;
  }
  return typeof cell.status === 'string' && Array.isArray(cell.sources);
}

export function packCells(table: Table): PackedCells {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (s: string | undefined) => {
    if (s === undefined) return -1;
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      stringIndex.set(s, i);
    }
    return i;
  };
  const lists = <T extends string[][]>(into: T) => {
    const index = new Map<string, number>();
    return (list: readonly string[]) => {
      const k = list.join('\0');
      let i = index.get(k);
      if (i === undefined) {
        i = into.push([...list]) - 1;
        index.set(k, i);
      }
      return i;
    };
  };
  const rowLists: string[][] = [];
  const sourceLists: string[][] = [];
  const rowList = lists(rowLists);
  const sourceList = lists(sourceLists);

  const vendors = Object.keys(table);
  let count = 0;
  for (const v of vendors) count += Object.keys(table[v] ?? {}).length;
  const status = new Int32Array(count);
  const note = new Int32Array(count);
  const asOf = new Int32Array(count);
  const sources = new Int32Array(count);
  const whole = new Map<number, Cell>();
  const rowsOf: number[] = [];
  let n = 0;
  for (const v of vendors) {
    const row = table[v] ?? {};
    const ids = Object.keys(row);
    rowsOf.push(rowList(ids));
    for (const id of ids) {
      const cell = row[id] as Cell;
      if (packable(cell)) {
        status[n] = intern(cell.status);
        note[n] = intern(cell.note);
        asOf[n] = intern(cell.asOf);
        sources[n] = sourceList(cell.sources);
      } else {
        whole.set(n, cell);
        status[n] = -1;
      }
      n++;
    }
  }
  return { vendors, rowLists, rowsOf, strings, sourceLists, status, note, asOf, sources, whole };
}

/** One vendor's row, read from the packed numbers. */
export class PackedRow {
  constructor(
    private readonly p: PackedCells,
    /** The row's ids, in the order they were written; index `i` below is a position in it. */
    readonly ids: readonly string[],
    private readonly start: number,
    /** Whether a cell of the row records dated changes. */
    readonly hasChanges: boolean,
  ) {}

  status(i: number): Status {
    const n = this.start + i;
    const s = this.p.status[n] as number;
    return s < 0 ? (this.p.whole.get(n) as Cell).status : (this.p.strings[s] as Status);
  }

  asOf(i: number): string | undefined {
    const n = this.start + i;
    if ((this.p.status[n] as number) < 0) return (this.p.whole.get(n) as Cell).asOf;
    const a = this.p.asOf[n] as number;
    return a < 0 ? undefined : this.p.strings[a];
  }

  sources(i: number): readonly string[] {
    const n = this.start + i;
    if ((this.p.status[n] as number) < 0) return (this.p.whole.get(n) as Cell).sources;
    return this.p.sourceLists[this.p.sources[n] as number] as string[];
  }

  /** The packed lists of sources, shared by every row of the matrix; `sourcesKey` indexes it. */
  get sourceLists(): readonly (readonly string[])[] {
    return this.p.sourceLists;
  }

  /** The index of the cell's list of sources in `sourceLists` (shared by every cell citing the same), or −1. */
  sourcesKey(i: number): number {
    const n = this.start + i;
    return (this.p.status[n] as number) < 0 ? -1 : (this.p.sources[n] as number);
  }

  cell(i: number): Cell {
    const n = this.start + i;
    const p = this.p;
    const s = p.status[n] as number;
    if (s < 0) return p.whole.get(n) as Cell;
    const status = p.strings[s] as Status;
    const sources = p.sourceLists[p.sources[n] as number] as string[];
    const ni = p.note[n] as number;
    const ai = p.asOf[n] as number;
    // Keys in the order validation writes them, so printed JSON reads the same.
    if (ni >= 0) {
      const note = p.strings[ni] as string;
      return ai >= 0 ? { status, note, sources, asOf: p.strings[ai] as string } : { status, note, sources };
    }
    return ai >= 0 ? { status, sources, asOf: p.strings[ai] as string } : { status, sources };
  }
}

/** The packed rows behind an unpacked matrix (or a copy made by `withRows`), by vendor. */
const packedRows = new WeakMap<object, Map<string, PackedRow>>();

/** A vendor's row as packed, while it can be read that way; undefined for a matrix that was never packed. */
export function packedRow(table: Table, vendor: string): PackedRow | undefined {
  return packedRows.get(table)?.get(vendor);
}

/** Whether a vendor's row may hold dated changes, answered without building the row when it is packed. */
export function mayHaveChanges(table: Table, vendor: string): boolean {
  return packedRow(table, vendor)?.hasChanges ?? true;
}

/** A vendor's row as an accessor that builds it once, on first read, from whichever matrix it is read. */
function lazyRow(packed: PackedRow, built: { row?: Record<string, Cell> }): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get() {
      if (!built.row) {
        const row: Record<string, Cell> = {};
        packed.ids.forEach((id, i) => {
          row[id] = packed.cell(i);
        });
        built.row = row;
      }
      return built.row;
    },
  };
}

export function unpackCells(p: PackedCells): Table {
  const table: Table = {};
  const rows = new Map<string, PackedRow>();
  // Positions of the cells with dated changes, in order (packing numbers cells row by row).
  const changed = [...p.whole].filter(([, cell]) => cell.changes).map(([n]) => n);
  let next = 0;
  let start = 0;
  p.vendors.forEach((vendor, v) => {
    const ids = p.rowLists[p.rowsOf[v] as number] as string[];
    const end = start + ids.length;
    while ((changed[next] ?? end) < start) next++;
    const row = new PackedRow(p, ids, start, (changed[next] ?? end) < end);
    start = end;
    rows.set(vendor, row);
    Object.defineProperty(table, vendor, lazyRow(row, {}));
  });
  packedRows.set(table, rows);
  return table;
}

/**
 * A shallow copy of a matrix with some rows replaced; the other rows stay as
 * they are in `table` (still unbuilt, when they were).
 */
export function withRows(table: Table, replaced: ReadonlyMap<string, Record<string, Cell>>): Table {
  const out: Table = {};
  for (const [vendor, d] of Object.entries(Object.getOwnPropertyDescriptors(table))) {
    const row = replaced.get(vendor);
    if (row) out[vendor] = row;
    else Object.defineProperty(out, vendor, d);
  }
  const packed = packedRows.get(table);
  if (packed) packedRows.set(out, new Map([...packed].filter(([vendor]) => !replaced.has(vendor))));
  return out;
}
