/**
 * A built view whose JSON object is made the first time a printer asks for it.
 * The dashboard only draws `table`, so on a large dataset it never pays for a
 * second copy of every cell.
 */
import type { BuiltView } from './types.js';

export function withLazyJson(table: BuiltView['table'], makeJson: () => BuiltView['json']): BuiltView {
  let json: BuiltView['json'] | undefined;
  return {
    table,
    get json() {
      json ??= makeJson();
      return json;
    },
  };
}
