/**
 * One line of styled segments, drawn as a single Text node of SGR-styled
 * text. One node per line (not one per cell) keeps Ink's layout work small:
 * a 200-column matrix frame is ~50 nodes, not ~2,000. Colours come from the
 * theme (undefined when colour is off); bold, underline and inverse are
 * attributes, not colours, so they stay under NO_COLOR (see ../segs.ts).
 */
import { Text } from 'ink';
import { memo } from 'react';
import { type Seg, segsToAnsi } from '../segs.js';

/** Props: `segs`, already fitted to the terminal width by the caller. */
export const SegLine = memo(function SegLine({ segs }: { segs: readonly Seg[] }) {
  const text = segsToAnsi(segs);
  return <Text wrap="truncate-end">{text === '' ? ' ' : text}</Text>;
});
