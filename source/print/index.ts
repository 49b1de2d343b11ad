/** Chooses the printer for a format. */
import type { Theme } from '../theme.js';
import type { BuiltView } from '../views/types.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function render(view: BuiltView, format: Format, opts: { width: number; theme: Theme; ascii: boolean }): string {
  switch (format) {
    case 'json':
      return renderJson(view);
    case 'csv':
      return renderCsv(view);
    case 'markdown':
      return renderMarkdown(view);
    default:
      return renderTable(view, { ...opts, asOf: String(view.json.asOf) });
  }
}
