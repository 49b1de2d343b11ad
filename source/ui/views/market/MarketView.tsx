/** The market view: the title and bar legend, the figures as a bar chart and the trends under them, the cursor on one figure or trend. */
import { Box } from 'ink';
import { SegLine } from '../../components/SegLine.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { marketDraw, marketHeader, marketLines } from './marketLines.js';

/** Props: the landscape, the derived `screen` (its lines are the figures and trends), the state (for the search) and the terminal `width`. */
export function MarketView({ land, screen, state, width }: ViewBodyProps) {
  const { theme, ascii } = useUi();
  const header = marketHeader(width, theme, ascii);
  const lines = marketLines(marketDraw(land, screen, state.search.query, theme, ascii, header.length));
  return (
    <Box flexDirection="column" height={screen.bodyHeight}>
      {[...header, ...lines].map((segs, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: screen lines are positional
        <SegLine key={i} segs={segs} />
      ))}
    </Box>
  );
}
