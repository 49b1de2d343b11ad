/** The Overview: the vendor table (cursor, Enter for a vendor's evidence), then the at-a-glance panels in the lines left. */
import { Box } from 'ink';
import { useMemo } from 'react';
import { SegLine } from '../../components/SegLine.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { TableView } from '../table/TableView.js';
import { overviewPanels, panelGrid } from './overviewPanels.js';

export function OverviewView({ land, screen, state, width }: ViewBodyProps) {
  const { theme } = useUi();
  const panels = useMemo(
    () =>
      overviewPanels(land, state.vendors, {
        weights: state.weights,
        require: state.require,
        minCoverage: state.minCoverage,
      }),
    [land, state.vendors, state.weights, state.require, state.minCoverage],
  );
  const height = Math.max(0, screen.fullBody - screen.bodyHeight);
  const lines = useMemo(() => panelGrid(panels, width, height, theme), [panels, width, height, theme]);
  return (
    <Box flexDirection="column">
      <TableView screen={screen} state={state} width={width} />
      {lines.map((segs, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: screen lines are positional
        <SegLine key={i} segs={segs} />
      ))}
    </Box>
  );
}
