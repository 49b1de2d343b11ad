/** Lines under the body: the status legend (glyph and word, so colour is never alone) or the view's notes. */
import { Box } from 'ink';
import { highlight } from '../highlight.js';
import { useUi } from '../UiContext.js';
import type { UiTheme } from '../uiTheme.js';
import type { FooterLine, Tone } from './footerLines.js';
import { type Seg, SegLine } from './SegLine.js';

const colour = (tone: Tone, theme: UiTheme) =>
  tone === 'muted'
    ? theme.muted
    : tone === 'warning'
      ? theme.warning
      : tone === 'accent'
        ? theme.accent
        : theme.status[tone];

/** Props: `lines` as fitted by footerLines, and the search `query` (highlighted in notes). */
export function Footer({ lines, query = '' }: { lines: readonly FooterLine[]; query?: string }) {
  const { theme } = useUi();
  return (
    <Box flexDirection="column">
      {lines.map((l, i) => {
        const segs: Seg[] =
          l.kind === 'legend'
            ? l.parts.map((p) => ({ text: p.text, color: colour(p.tone, theme) }))
            : highlight([{ text: l.text, color: theme.muted }], query, theme);
        // biome-ignore lint/suspicious/noArrayIndexKey: the footer's lines have no identity but their place.
        return <SegLine key={i} segs={segs} />;
      })}
    </Box>
  );
}
