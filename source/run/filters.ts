/**
 * The row-filter flags as typed (`--category training --status ga,preview`)
 * turned into a RowFilter, or a usage error that names the unknown value, the
 * closest known one and where the flag applies.
 */
import { closest, distance } from 'fastest-levenshtein';
import { STATUSES, type Status } from '../data/vocabulary.js';
import type { Landscape } from '../model/landscape.js';
import { activeFilters, FILTER_FLAGS, type RowFilter, VIEW_FILTERS } from '../views/rowFilter.js';
import type { ViewName } from '../views/types.js';
import { UsageError } from './errors.js';

export interface FilterArgs {
  onlyDifferences?: boolean;
  category?: readonly string[];
  status?: readonly string[];
  search?: string;
}

/** The closest of `known` to `given`, when it is close enough to be a typo. */
export function didYouMean(given: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(given, [...known]);
  return distance(given, best) <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}

function unknown(flag: string, what: string, given: string, known: readonly string[]): UsageError {
  const near = didYouMean(given, known);
  return new UsageError(
    `unknown ${what} "${given}" for ${flag}${near ? `; did you mean "${near}"?` : ''}`,
    `known ${what === 'category' ? 'categories' : `${what}es`}: ${known.join(', ')}`,
  );
}

const split = (values: readonly string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** Views that take a filter, as a sentence. */
function whereText(name: keyof RowFilter): string {
  const views = (Object.keys(VIEW_FILTERS) as ViewName[]).filter((v) => VIEW_FILTERS[v].includes(name));
  return `${FILTER_FLAGS[name]} works in the ${views.join(', ')} view${views.length === 1 ? '' : 's'}`;
}

/** The filter for `view`, checked against the dataset's categories and the status vocabulary. */
export function parseFilter(args: FilterArgs, view: ViewName, land: Landscape): RowFilter {
  const categoryIds = land.categories.map((c) => c.id);
  const categories = split(args.category).map((given) => {
    const lower = given.toLowerCase();
    const id = categoryIds.find((c) => c === lower) ?? land.categories.find((c) => c.name.toLowerCase() === lower)?.id;
    if (!id) throw unknown('--category', 'category', given, categoryIds);
    return id;
  });
  const statuses = split(args.status).map((given) => {
    const s = given.toLowerCase() as Status;
    if (!STATUSES.includes(s)) throw unknown('--status', 'status', given, STATUSES);
    return s;
  });
  const filter: RowFilter = {
    ...(args.onlyDifferences ? { differencesOnly: true } : {}),
    ...(categories.length > 0 ? { categories: [...new Set(categories)] } : {}),
    ...(statuses.length > 0 ? { statuses: [...new Set(statuses)] } : {}),
    ...(args.search !== undefined && args.search.trim() !== '' ? { search: args.search } : {}),
  };
  for (const name of activeFilters(filter)) {
    if (!VIEW_FILTERS[view].includes(name))
      throw new UsageError(`${FILTER_FLAGS[name]} does not apply to the ${view} view`, whereText(name));
  }
  return filter;
}

/** The filter in words, for a printed heading: `Only differences; categories: Training; search "spot".` */
export function filterText(f: RowFilter, land: Landscape): string | undefined {
  const parts: string[] = [];
  if (f.differencesOnly) parts.push('only the rows where the vendors differ');
  if (f.categories?.length)
    parts.push(`categories: ${f.categories.map((c) => land.categoryById.get(c)?.name ?? c).join(', ')}`);
  if (f.statuses?.length) parts.push(`rows where a vendor has status ${f.statuses.join(' or ')}`);
  if (f.search) parts.push(`rows matching "${f.search.trim()}"`);
  return parts.length > 0 ? `Filtered: ${parts.join('; ')}.` : undefined;
}
