/** The Overview: the vendor table (cursor, Enter for a vendor's evidence), then the at-a-glance panels in the lines left. */
import { Box } from 'ink';
import { useMemo } from 'react';
import { SegLine } from '../../components/SegLine.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { TableView } from '../table/TableView.js';
import { type OverviewPanel, overviewPanels, panelGrid } from './overviewPanels.js';

/** The last panels made, kept while the view is away (Tab unmounts it; the ranking behind them is costly on a large dataset). */
let kept: { args: Parameters<typeof overviewPanels>; panels: OverviewPanel[] } | undefined;

export function keptPanels(...args: Parameters<typeof overviewPanels>): OverviewPanel[] {
  if (!kept || kept.args.some((a, i) => a !== args[i])) kept = { args, panels: overviewPanels(...args) };
  return kept.panels;
}

export function OverviewView({ land, screen, state, width }: ViewBodyProps) {
  const { theme } = useUi();
  const panels = useMemo(() => keptPanels(land, state.vendors, state.weights), [land, state.vendors, state.weights]);
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
