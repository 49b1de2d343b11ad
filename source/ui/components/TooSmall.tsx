/** Shown instead of the dashboard when the terminal is below the usable minimum. */
import { Box } from 'ink';
import { clip } from '../../text/fit.js';
import { keyFor } from '../keys/keymap.js';
import { MIN_COLUMNS, MIN_ROWS } from '../screenOf.js';
import { SegLine } from './SegLine.js';

/** Props: the current terminal `columns` and `rows`. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  const lines = [
    'Terminal too small',
    `${columns}×${rows}; need ${MIN_COLUMNS}×${MIN_ROWS}`,
    `Enlarge it, or ${keyFor('quit')} to quit`,
  ];
  return (
    <Box flexDirection="column">
      {lines.slice(0, Math.max(1, rows - 1)).map((l) => (
        <SegLine key={l} segs={[{ text: clip(l, Math.max(1, columns)), bold: l === lines[0] }]} />
      ))}
    </Box>
  );
}
