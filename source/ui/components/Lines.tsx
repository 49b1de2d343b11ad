/** Lines of styled segments, one Text node each; a line equal to the one drawn last keeps its array, so it is not drawn again. */
import { Box } from 'ink';
import { useRef } from 'react';
import type { Seg } from '../segs.js';
import { keepSameLines } from '../segs.js';
import { SegLine } from './SegLine.js';

/** Props: the `lines`, top to bottom. */
export function Lines({ lines }: { lines: Seg[][] }) {
  const last = useRef<Seg[][]>([]);
  const kept = keepSameLines(last.current, lines);
  last.current = kept;
  return (
    <Box flexDirection="column">
      {kept.map((segs, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: screen lines are positional
        <SegLine key={i} segs={segs} />
      ))}
    </Box>
  );
}
