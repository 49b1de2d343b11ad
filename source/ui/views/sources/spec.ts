/** The Sources view: a plain table, one row per line, its notes under it, and how to list a source's claims. */
import { keyFor } from '../../keys/keymap.js';
import { tableSpec } from '../table/spec.js';

export const sourcesSpec = tableSpec('sources', {
  keyNote: (table) =>
    table.rows.length > 0
      ? `${keyFor('open')} on a source lists the claims citing it, the stale ones marked.`
      : undefined,
});
