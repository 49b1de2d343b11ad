/** How a typed vendor name is compared: `--vendor`, search and validation all use this one rule. */
export function normaliseName(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}
