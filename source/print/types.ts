/** What every printer takes: a table to draw and the JSON object behind it. Views and `diff` both produce one. */
import type { SourceJson } from '../views/sourcesCited.js';
import type { BuiltView, TableModel } from '../views/types.js';

export interface Printable {
  /** The rows and columns, exactly as the dashboard draws them (`view` is not needed to print). */
  table: Omit<TableModel, 'view'>;
  /** The documented JSON object (docs/schemas). */
  json: object;
  /** The dataset date shown in headers; omitted when the output spans two datasets. */
  asOf?: string;
  /** Sources the output cites, listed under Markdown tables. */
  sources?: readonly SourceJson[];
  /** What to say when there are no rows (default: "(no rows)"). */
  empty?: string;
  /** The filters applied, in words (Markdown says them under the heading). */
  filter?: string;
}

export function printableView(view: BuiltView): Printable {
  const sources = view.json.sources;
  return {
    table: view.table,
    json: view.json,
    asOf: view.json.asOf,
    sources: Array.isArray(sources) ? (sources as SourceJson[]) : undefined,
  };
}
