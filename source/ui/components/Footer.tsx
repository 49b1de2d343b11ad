/** Lines under the body: the status legend (glyph and word, so colour is never alone) or the view's notes. */
import { Box } from 'ink';
import { STATUSES } from '../../data/vocabulary.js';
import { evidenceMark } from '../../model/evidence.js';
import { clip } from '../../text/fit.js';
import { staleGlyph } from '../../text/format.js';
import { visibleLine } from '../../text/visible.js';
import { changeGlyph } from '../../views/claim.js';
import { statusLabel } from '../../views/status.js';
import { highlight } from '../highlight.js';
import { useUi } from '../UiContext.js';
import { clipSegs, type Seg, SegLine } from './SegLine.js';

/** Props: `lines` ('legend' or note text), the terminal `width`, and the search `query` (highlighted in notes). */
export function Footer({ lines, width, query = '' }: { lines: readonly string[]; width: number; query?: string }) {
  const { theme, ascii } = useUi();
  return (
    <Box flexDirection="column">
      {lines.map((l) => {
        const legend = l.startsWith('legend');
        const has = (mark: string) => l.includes(`+${mark}`);
        const segs: Seg[] = legend
          ? [
              { text: 'Legend: ', color: theme.muted },
              ...STATUSES.map((s) => ({ text: `${statusLabel(s, ascii)}  `, color: theme.status[s] })),
              ...(has('stale') ? [{ text: `${staleGlyph(ascii)} stale  `, color: theme.warning }] : []),
              ...(has('change')
                ? [
                    {
                      text: `${changeGlyph('upcoming', ascii)}${changeGlyph('recent', ascii)} dated change  `,
                      color: theme.accent,
                    },
                  ]
                : []),
              ...(has('weak')
                ? [
                    {
                      text: `${evidenceMark('single-source', ascii)}${evidenceMark('secondary', ascii)} weak evidence`,
                      color: theme.warning,
                    },
                  ]
                : []),
            ]
          : highlight([{ text: clip(visibleLine(l), width), color: theme.muted }], query, theme);
        return <SegLine key={l} segs={legend ? clipSegs(segs, width) : segs} />;
      })}
    </Box>
  );
}
