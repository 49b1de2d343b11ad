/** The bottom line: key hints for the focused context, generated from the keymap so they cannot lie. */
import { Box } from 'ink';
import stringWidth from 'string-width';
import { fitText } from '../../text/fit.js';
import type { ViewName } from '../../views/types.js';
import { fitHints, hintsFor } from '../hints.js';
import type { CommandId, KeyContext } from '../keys/keymap.js';
import { useUi } from '../UiContext.js';
import { type Seg, SegLine } from './SegLine.js';

/** Props: the focused `context`, the terminal `width`, commands to leave out (`skip`), and the current `view`. */
export function HintBar({
  context,
  width,
  skip,
  view,
}: {
  context: KeyContext;
  width: number;
  skip?: readonly CommandId[];
  view?: ViewName;
}) {
  const { theme } = useUi();
  const hints = fitHints(hintsFor(context, skip, view), width);
  const segs: Seg[] = [];
  let used = 0;
  for (const h of hints) {
    segs.push({ text: h.key, bold: true, color: theme.accent }, { text: ` ${h.text}  `, color: theme.muted });
    used += stringWidth(h.key) + stringWidth(h.text) + 3;
  }
  segs.push({ text: fitText('', Math.max(0, width - used)) });
  return (
    <Box height={1}>
      <SegLine segs={segs} />
    </Box>
  );
}
