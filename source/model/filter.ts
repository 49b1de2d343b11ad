/** Row filters for the matrix views. Pure. */

/**
 * Whether every given status is the same (so the row shows no difference
 * between vendors). Zero or one status counts as agreeing.
 */
export function allAgree(statuses: readonly (string | undefined)[]): boolean {
  for (let i = 1; i < statuses.length; i++) if (statuses[i] !== statuses[0]) return false;
  return true;
}

/** Keeps the items for which `statusesOf` shows a difference between vendors. */
export function differencesOnly<T>(items: readonly T[], statusesOf: (item: T) => readonly (string | undefined)[]): T[] {
  return items.filter((item) => !allAgree(statusesOf(item)));
}
