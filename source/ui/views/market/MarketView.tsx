/** The market view: the figures as a bar chart with the cursor on one figure, the trends below, and the bar legend. */
import { Box } from 'ink';
import { useMemo } from 'react';
import { clip } from '../../../text/fit.js';
import { SegLine } from '../../components/SegLine.js';
import { keyFor } from '../../keys/keymap.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { legendSegs, marketChartHeight, marketLines } from './marketLines.js';

/** Props: the landscape, the derived `screen` (its lines are the figures), and the terminal `width`. */
export function MarketView({ land, screen, width }: Pick<ViewBodyProps, 'land' | 'screen' | 'width'>) {
  const { theme, ascii } = useUi();
  const bodyHeight = screen.bodyHeight - 1;
  const chartHeight = marketChartHeight(bodyHeight, land.dataset.trends.length);
  const rows = useMemo(() => screen.shaped.lines.flatMap((l) => (l.kind === 'row' ? [l.row] : [])), [screen.shaped]);
  const lines = marketLines({
    land,
    rows,
    nav: screen.nav,
    width,
    chartHeight,
    trendsHeight: bodyHeight - chartHeight,
    matches: screen.matchSet,
    theme,
    ascii,
  });
  const wide = width >= 150;
  const legend = legendSegs(theme, ascii, !wide);
  const title = wide
    ? `Market figures (one scale per metric; ${keyFor('open')} for the note and sources)  `
    : 'Market · a scale per metric  ';
  return (
    <Box flexDirection="column" height={screen.bodyHeight}>
      <SegLine segs={[{ text: clip(title, width), bold: true }, ...legend]} />
      {lines.slice(0, bodyHeight).map((segs, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: screen lines are positional
        <SegLine key={i} segs={segs} />
      ))}
    </Box>
  );
}
