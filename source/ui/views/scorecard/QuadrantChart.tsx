/** The quadrant chart: breadth across, maturity up, each vendor a labelled point (see quadrantLines). */
import { Box } from 'ink';
import { useMemo } from 'react';
import type { QuadrantView } from '../../../views/quadrant.js';
import { SegLine } from '../../components/SegLine.js';
import { useUi } from '../../UiContext.js';
import { quadrantLines } from './quadrantLines.js';

/** Props: the quadrant view model `q`, and the `width` and `height` (lines) it may use. */
export function QuadrantChart({ q, width, height }: { q: QuadrantView; width: number; height: number }) {
  const { theme, ascii } = useUi();
  const lines = useMemo(() => quadrantLines({ q, width, height, theme, ascii }), [q, width, height, theme, ascii]);
  return (
    <Box flexDirection="column" height={height}>
      {lines.map((segs, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: chart lines are positional
        <SegLine key={i} segs={segs} />
      ))}
    </Box>
  );
}
