/** A one-line warning above the status line: a reload that failed, with where (file:line:column). */
import { Box } from 'ink';
import { fitText } from '../../text/fit.js';
import { visibleLine } from '../../text/visible.js';
import { useUi } from '../UiContext.js';
import { SegLine } from './SegLine.js';

/** Props: the `text` (one line; truncated to fit) and the terminal `width`. */
export function Banner({ text, width }: { text: string; width: number }) {
  const { theme, ascii } = useUi();
  const mark = ascii ? '! ' : '⚠ ';
  return (
    <Box height={1}>
      <SegLine
        segs={[
          { text: mark, bold: true, color: theme.error },
          {
            text: fitText(visibleLine(text), Math.max(0, width - 2)),
            bold: true,
            color: theme.warning,
            inverse: !theme.color,
          },
        ]}
      />
    </Box>
  );
}
