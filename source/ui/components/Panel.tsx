/** A scrollable full-body panel (evidence, help, picker): a title line, a window of lines, a position line. */
import { Box } from 'ink';
import stringWidth from 'string-width';
import { fitText } from '../../text/fit.js';
import { panelPage } from '../screenOf.js';
import type { Seg } from '../segs.js';
import { useUi } from '../UiContext.js';
import { SegLine } from './SegLine.js';

export interface PanelProps {
  /** Heading shown on the first line. */
  title: string;
  /** Every line of content; only the window from `scroll` is drawn. */
  lines: readonly Seg[][];
  scroll: number;
  width: number;
  /** Screen lines the panel may use, title and position line included. */
  height: number;
}

export function Panel({ title, lines, scroll, width, height }: PanelProps) {
  const { theme } = useUi();
  const page = panelPage(height);
  const shown = lines.slice(scroll, scroll + page);
  const fullPos =
    lines.length > page ? ` ${scroll + 1}–${Math.min(lines.length, scroll + page)} of ${lines.length} ` : '';
  // The position gives way before the title does; the title is cut to what is left.
  const pos = stringWidth(fullPos) + 12 <= width - 2 ? fullPos : '';
  const head = fitText(` ${title} `, Math.max(0, Math.min(stringWidth(` ${title} `), width - 2 - stringWidth(pos))));
  const rule = Math.max(0, width - 2 - stringWidth(head) - stringWidth(pos));
  return (
    <Box flexDirection="column" height={height}>
      <SegLine
        segs={[
          { text: '──', color: theme.muted },
          { text: head, bold: true },
          { text: '─'.repeat(rule), color: theme.muted },
          { text: pos, color: theme.muted },
        ]}
      />
      {shown.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional within the window
        <SegLine key={scroll + i} segs={l} />
      ))}
    </Box>
  );
}
