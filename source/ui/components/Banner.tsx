/** A warning above the status line: a reload that failed, with where (file:line:column), wrapped to the width. */
import { Box } from 'ink';
import wrapAnsi from 'wrap-ansi';
import { fitText } from '../../text/fit.js';
import { visibleLine } from '../../text/visible.js';
import { useUi } from '../UiContext.js';
import { SegLine } from './SegLine.js';

/** At most this many lines: the rest of a very long message ends in an ellipsis. */
export const BANNER_MAX_LINES = 3;
const MARK_WIDTH = 2;

/** The banner's lines at `width`: the text wrapped after the mark, at most BANNER_MAX_LINES. */
export function bannerLines(text: string, width: number): string[] {
  const room = Math.max(1, width - MARK_WIDTH);
  const lines = wrapAnsi(visibleLine(text), room, { hard: true, trim: true }).split('\n');
  if (lines.length <= BANNER_MAX_LINES) return lines;
  const kept = lines.slice(0, BANNER_MAX_LINES);
  // Too long for the room, the line is cut with an ellipsis; short enough, the ellipsis follows it.
  kept[BANNER_MAX_LINES - 1] = fitText(`${kept[BANNER_MAX_LINES - 1]} …`, room).trimEnd();
  return kept;
}

/** Props: the `lines` from bannerLines (the App counts them to keep the frame's height). */
export function Banner({ lines }: { lines: readonly string[] }) {
  const { theme, ascii } = useUi();
  const mark = ascii ? '! ' : '⚠ ';
  return (
    <Box flexDirection="column" height={lines.length}>
      {lines.map((line, i) => (
        <SegLine
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one message, in order
          key={i}
          segs={[
            { text: i === 0 ? mark : ' '.repeat(MARK_WIDTH), bold: true, color: theme.error },
            { text: line, bold: true, color: theme.warning, inverse: !theme.color },
          ]}
        />
      ))}
    </Box>
  );
}
