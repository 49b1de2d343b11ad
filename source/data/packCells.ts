/**
 * A compact form of a validated matrix (vendor → row → cell) for the cache:
 * each distinct text, list of sources and list of row ids is stored once, and
 * each cell is a few numbers. Unpacking builds every cell in one tight loop,
 * far faster than deserializing a quarter of a million objects, and cells
 * that share a note or sources share one string or one (never mutated) list.
 * Cells with dated changes, or any other shape, are kept whole.
 */
import type { Cell } from './schema.js';

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

export function unpackCells(p: PackedCells): Table {
  const table: Table = {};
  let n = 0;
  p.vendors.forEach((vendor, v) => {
    const row: Record<string, Cell> = {};
    for (const id of p.rowLists[p.rowsOf[v] as number] as string[]) {
      const s = p.status[n] as number;
      if (s < 0) row[id] = p.whole.get(n) as Cell;
      else {
        const status = p.strings[s] as Cell['status'];
        const sources = p.sourceLists[p.sources[n] as number] as string[];
        const ni = p.note[n] as number;
        const ai = p.asOf[n] as number;
        // Keys in the order validation writes them, so printed JSON reads the same.
        if (ni >= 0) {
          const note = p.strings[ni] as string;
          row[id] = ai >= 0 ? { status, note, sources, asOf: p.strings[ai] as string } : { status, note, sources };
        } else row[id] = ai >= 0 ? { status, sources, asOf: p.strings[ai] as string } : { status, sources };
      }
      n++;
    }
    table[vendor] = row;
  });
  return table;
}
