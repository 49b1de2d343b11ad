/** The bottom line: key hints for the focused context, generated from the keymap so they cannot lie. */
import { Box } from 'ink';
import stringWidth from 'string-width';
import { fitText } from '../../text/fit.js';
import type { ViewName } from '../../views/types.js';
import { fitHints, hintsFor } from '../hints.js';
import type { CommandContext, KeyContext } from '../keys/keymap.js';
import { useUi } from '../UiContext.js';
import { type Seg, SegLine } from './SegLine.js';

/** Props: the focused `context`, the terminal `width`, the current `view`, and the state and frame (`now`) that decide which commands are available. */
export function HintBar({
  context,
  width,
  view,
  now,
}: {
  context: KeyContext;
  width: number;
  view?: ViewName;
  now?: CommandContext;
}) {
  const { theme } = useUi();
  const hints = fitHints(hintsFor(context, view, now), width);
  const segs: Seg[] = [];
  let used = 0;
  for (const h of hints) {
    segs.push({ text: h.key, bold: true, color: theme.accent }, { text: ` ${h.text}  `, color: theme.hint });
    used += stringWidth(h.key) + stringWidth(h.text) + 3;
  }
  segs.push({ text: fitText('', Math.max(0, width - used)) });
  return (
    <Box height={1}>
      <SegLine segs={segs} />
    </Box>
  );
}
