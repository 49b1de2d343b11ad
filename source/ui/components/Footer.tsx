/** Lines under the body: the status legend or the view's notes, wrapped to the width (see footerLines). */
import { Box } from 'ink';
import { footerLines } from '../footerLines.js';
import { useUi } from '../UiContext.js';
import { SegLine } from './SegLine.js';

/** Props: `lines` ('legend' or note text), the terminal `width`, and the search `query` (highlighted in notes). */
export function Footer({ lines, width, query = '' }: { lines: readonly string[]; width: number; query?: string }) {
  const { theme, ascii } = useUi();
  return (
    <Box flexDirection="column">
      {footerLines(lines, width, theme, ascii, query).map((segs, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: footer lines are positional
        <SegLine key={i} segs={segs} />
      ))}
    </Box>
  );
}
