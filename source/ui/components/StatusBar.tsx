/** The status line: `row x/y`, the cursor column, active filters and sort, the search box while typing, and messages. */
import { Box } from 'ink';
import stringWidth from 'string-width';
import { clip, fitText } from '../../text/fit.js';
import { visibleLine } from '../../text/visible.js';
import type { StatusPart } from '../statusLine.js';
import { useUi } from '../UiContext.js';
import { type Seg, SegLine } from './SegLine.js';

export interface StatusBarProps {
  parts: readonly StatusPart[];
  width: number;
  /** The search text while the search box is open. */
  searching?: { query: string; matches: number };
  /** A line being typed (the save path). */
  prompt?: { label: string; text: string; cursor?: boolean };
  message?: string;
}

export function StatusBar({ parts, width, searching, prompt, message }: StatusBarProps) {
  const { theme, ascii } = useUi();
  const segs: Seg[] = [];
  /** The message at the right end, unless it went first. */
  let tail = message;
  let used = 0;
  const push = (s: Seg) => {
    const text = clip(s.text, Math.max(0, width - used));
    segs.push({ ...s, text });
    used += stringWidth(text);
  };
  if (prompt) {
    push({ text: prompt.label, bold: true, color: theme.accent });
    push({ text: visibleLine(prompt.text) });
    if (prompt.cursor) push({ text: ascii ? '_' : '▏', color: theme.accent });
  } else if (searching) {
    push({ text: '/', bold: true, color: theme.accent });
    push({ text: visibleLine(searching.query) });
    push({ text: ascii ? '_' : '▏', color: theme.accent });
    push({
      text: `  ${searching.matches} match${searching.matches === 1 ? '' : 'es'}`,
      color: searching.matches === 0 && searching.query ? theme.warning : theme.muted,
    });
  } else {
    // A message the position does not leave room for comes first, whole; the position gives way.
    const partsW = parts.reduce((a, p, i) => a + stringWidth(p.text) + (i > 0 ? 3 : 0), 0);
    const first = message !== undefined && message !== '' && partsW + 2 + stringWidth(message) > width;
    if (first) push({ text: `${message}  `, color: theme.warning, bold: true });
    parts.forEach((p, i) => {
      if (i > 0) push({ text: ' │ ', color: theme.muted });
      push({ text: p.text, color: p.active ? theme.warning : undefined, bold: p.active });
    });
    if (first) tail = undefined;
  }
  if (tail) {
    const m = `  ${tail}`;
    const room = width - used;
    if (room >= stringWidth(m)) {
      push({ text: ' '.repeat(room - stringWidth(m)) });
      push({ text: m, color: theme.warning, bold: true });
    } else push({ text: m, color: theme.warning, bold: true });
  }
  segs.push({ text: fitText('', Math.max(0, width - used)) });
  return (
    <Box height={1}>
      <SegLine segs={segs} />
    </Box>
  );
}
