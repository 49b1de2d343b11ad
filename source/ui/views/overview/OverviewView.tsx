/** The Overview: the vendor table (cursor, Enter for a vendor's evidence), then the at-a-glance panels in the lines left. */
import { Box } from 'ink';
import { useMemo } from 'react';
import type { Landscape } from '../../../model/landscape.js';
import { SegLine } from '../../components/SegLine.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { TableView } from '../table/TableView.js';
import { type OverviewPanel, overviewPanels, type PanelChoice, panelGrid } from './overviewPanels.js';

/** The last panels made, kept while the view is away (Tab unmounts it; the ranking behind them is costly on a large dataset). */
let kept: { land: Landscape; vendors: readonly string[]; choice: PanelChoice; panels: OverviewPanel[] } | undefined;

export function keptPanels(land: Landscape, vendors: readonly string[], choice: PanelChoice): OverviewPanel[] {
  const same =
    kept?.land === land &&
    kept.vendors === vendors &&
    kept.choice.weights === choice.weights &&
    kept.choice.require === choice.require &&
    kept.choice.minCoverage === choice.minCoverage;
  if (!same || !kept) kept = { land, vendors, choice, panels: overviewPanels(land, vendors, choice) };
  return kept.panels;
}

export function OverviewView({ land, screen, state, width }: ViewBodyProps) {
  const { theme } = useUi();
  const panels = useMemo(
    () =>
      keptPanels(land, state.vendors, {
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
