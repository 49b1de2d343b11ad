/**
 * Search over table rows: case-insensitive substring match on every cell's
 * text plus the row's extra search text (notes, descriptions). Pure.
 */

/** The minimal row shape search needs (a TableRow fits). */
export interface SearchableRow {
  cells: readonly { text: string }[];
  searchText?: string;
  /** Cell texts read without building the cells (a lazily built row, views/lazy.ts). */
  peek?: { length: number; text(i: number): string };
}

/** The row's cell texts, through `peek` when it has one (so a lazy row's cells stay unbuilt). */
function cellTexts(row: SearchableRow): string[] {
  const peek = row.peek;
  if (!peek) return row.cells.map((c) => c.text);
  const out: string[] = [];
  for (let i = 0; i < peek.length; i++) out.push(peek.text(i));
  return out;
}

const haystacks = new WeakMap<object, string>();

/** The lower-cased text a row is searched in; computed once per row object. */
export function haystack(row: SearchableRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = `${cellTexts(row).join('\n')}\n${row.searchText ?? ''}`.toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

/** The needle for a query: trimmed and lower-cased; empty means "no search". */
export function needleOf(query: string): string {
  return query.trim().toLowerCase();
}

export function rowMatches(row: SearchableRow, needle: string): boolean {
  return needle !== '' && haystack(row).includes(needle);
}

/** Indexes of the items whose row matches the query, in order. */
export function findMatches<T>(
  items: readonly T[],
  rowOf: (item: T) => SearchableRow | undefined,
  query: string,
): number[] {
  const needle = needleOf(query);
  if (needle === '') return [];
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const row = rowOf(items[i] as T);
    if (row && rowMatches(row, needle)) out.push(i);
  }
  return out;
}

/**
 * The match to jump to from `from`: the first at or after it (forward) or
 * before it (backward), wrapping around. Undefined when there are none.
 */
export function nextMatch(
  matches: readonly number[],
  from: number,
  dir: 1 | -1,
  inclusive = false,
): number | undefined {
  if (matches.length === 0) return undefined;
  if (dir === 1) {
    for (const m of matches) if (inclusive ? m >= from : m > from) return m;
    return matches[0];
  }
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i] as number;
    if (inclusive ? m <= from : m < from) return m;
  }
  return matches[matches.length - 1];
}
