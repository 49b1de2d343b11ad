/** A windowed table: the header (wide layout) and only the lines and columns that fit. */
import { Box } from 'ink';
import { useMemo, useRef } from 'react';
import { statusLabel } from '../../../views/status.js';
import { type Seg, SegLine } from '../../components/SegLine.js';
import { keyFor } from '../../keys/keymap.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { type DrawInput, drawBody, drawHeader, keepSameLines } from './tableLines.js';

/** Props: the derived `screen`, the navigation `state` (for the sort) and the terminal `width`. */
export function TableView({ screen, state, width }: Pick<ViewBodyProps, 'screen' | 'state' | 'width'>) {
  const { theme, ascii } = useUi();
  const sort = state.sort[state.view];
  const d: DrawInput = useMemo(
    () => ({
      p: screen.p,
      lines: screen.shaped.lines,
      nav: screen.nav,
      geo: screen.geo,
      width,
      height: screen.bodyHeight,
      cellCursor: screen.cellCursor,
      rowHighlight: screen.rowHighlight,
      matches: screen.matchSet,
      query: state.search.query,
      sort,
      theme,
      ascii,
    }),
    [screen, width, sort, theme, ascii, state.search.query],
  );
  // Lines that did not change keep their array, so their SegLine is not drawn again.
  const last = useRef<Seg[][]>([]);
  const body = useMemo(() => keepSameLines(last.current, drawBody(d)), [d]);
  last.current = body;
  const header = useMemo(() => (screen.header ? drawHeader(d) : null), [d, screen.header]);
  const empty = screen.shaped.lines.length === 0;
  return (
    <Box flexDirection="column">
      {header && <SegLine segs={header} />}
      <Box flexDirection="column" height={screen.bodyHeight}>
        {empty ? (
          <SegLine
            segs={[
              {
                text:
                  state.statusFilter && screen.p.statusCols.length > 0
                    ? `  No rows where a shown vendor is ${statusLabel(state.statusFilter, ascii)}. Press ${keyFor('filter.status')} for the next status.`
                    : state.diffOnly && screen.p.statusCols.length > 0
                      ? `  No rows: every shown vendor agrees on every row. Press ${keyFor('diff.toggle')} to show all rows.`
                      : '  No rows for the shown vendors.',
                color: theme.muted,
              },
            ]}
          />
        ) : (
          body.map((segs, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: screen lines are positional
            <SegLine key={i} segs={segs} />
          ))
        )}
      </Box>
    </Box>
  );
}
