/** What Enter opens at the cursor: a claim (matrix cell), a whole row, or nothing (a category header). Pure. */
import type { Target, ViewName } from '../../../views/types.js';
import { cellAt, type Line, type Projected } from '../../state/screen.js';

export function targetAt(
  view: ViewName,
  p: Projected,
  lines: readonly Line[],
  row: number,
  col: number,
): Target | null {
  const line = lines[row];
  if (line?.kind !== 'row') return null;
  const cell = cellAt(p, line.row, col);
  if (cell?.ref) return { kind: 'cell', cellKind: cell.ref.kind, row: cell.ref.row, vendor: cell.ref.vendor };
  return { kind: 'row', view, row: line.row.id };
}
