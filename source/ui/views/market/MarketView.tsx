/** The market view: the bar legend, the figures as a bar chart and the trends under them, the cursor on one figure or trend. */
import { Box } from 'ink';
import { useMemo } from 'react';
import { SegLine } from '../../components/SegLine.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { marketHeader, marketLines } from './marketLines.js';

/** Props: the landscape, the derived `screen` (its lines are the figures and trends), and the terminal `width`. */
export function MarketView({ land, screen, state, width }: ViewBodyProps) {
  const { theme, ascii } = useUi();
  const header = marketHeader(width, theme, ascii);
  const rows = useMemo(() => screen.shaped.lines.flatMap((l) => (l.kind === 'row' ? [l.row] : [])), [screen.shaped]);
  const lines = marketLines({
    land,
    rows,
    nav: screen.nav,
    width,
    height: Math.max(1, screen.bodyHeight - header.length),
    matches: screen.matchSet,
    query: state.search.query,
    theme,
    ascii,
  });
  return (
    <Box flexDirection="column" height={screen.bodyHeight}>
      {[...header, ...lines].map((segs, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: screen lines are positional
        <SegLine key={i} segs={segs} />
      ))}
    </Box>
  );
}
