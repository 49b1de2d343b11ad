/** Chooses the printer for a format. */
import type { Theme } from '../theme.js';
import { type CsvLayout, renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';
import type { Printable } from './types.js';

export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
export { type Printable, printableView } from './types.js';

export interface RenderOptions {
  /** Width of a printed table, in terminal cells. */
  width: number;
  theme: Theme;
  /** Draw ASCII glyphs instead of Unicode (TERM=dumb, non-UTF-8 locales). */
  ascii: boolean;
  /** CSV only: a column per vendor (wide, the default) or a record per row × vendor (long). */
  layout?: CsvLayout;
}

export function render(p: Printable, format: Format, opts: RenderOptions): string {
  switch (format) {
    case 'json':
      return renderJson(p.json);
    case 'csv':
      return renderCsv(p, { layout: opts.layout });
    case 'markdown':
      return renderMarkdown(p);
    default:
      return renderTable(p, opts);
  }
}
