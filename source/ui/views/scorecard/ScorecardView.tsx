/**
 * The Scorecard view: the weighted scores (a table with the cursor; + - 0 on
 * a category row change its weight), a line on how the score under the cursor
 * is made, the ranking, a line on why (sensitivity, ties, vendors not ranked), and the quadrant chart under them when it fits (or in
 * place of the scores, toggled with c).
 */
import { Box } from 'ink';
import { useMemo } from 'react';
import { keptScorecardModel } from '../../../views/scorecard.js';
import { SegLine } from '../../components/SegLine.js';
import { useUi } from '../../UiContext.js';
import type { ViewBodyProps } from '../spec.js';
import { TableView } from '../table/TableView.js';
import { QuadrantChart } from './QuadrantChart.js';
import { explainLine, howLine, rankingLine } from './scorecardLines.js';

/** Props: the landscape, the derived `screen` (its layout splits the body), the navigation `state`, and the `width`. */
export function ScorecardView({ land, screen, state, width }: ViewBodyProps) {
  const { theme } = useUi();
  const model = useMemo(
    () =>
      keptScorecardModel(land, {
        vendors: state.vendors,
        weights: state.weights,
        require: state.require,
        minCoverage: state.minCoverage,
      }),
    [land, state.vendors, state.weights, state.require, state.minCoverage],
  );
  const labels = useMemo(() => new Map(model.quadrant.points.map((p) => [p.vendor, p.label])), [model]);
  const layout = screen.layout ?? { tableHeight: screen.bodyHeight, chartHeight: 0, chartOnly: false };
  const line = screen.shaped.lines[screen.nav.row];
  const row = line?.kind === 'row' ? line.row.id : undefined;
  const vendor = screen.p.columns[screen.nav.col]?.vendor;
  const ranking = <SegLine segs={rankingLine(model, width, theme, labels)} />;
  if (layout.chartOnly) {
    return (
      <Box flexDirection="column" height={screen.fullBody + (screen.header ? 1 : 0)}>
        {ranking}
        <QuadrantChart q={model.quadrant} width={width} height={Math.max(3, screen.fullBody)} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <TableView screen={screen} state={state} width={width} />
      <SegLine segs={howLine(land, model, row, vendor, width, theme)} />
      {ranking}
      <SegLine segs={explainLine(model, row, width, theme, labels)} />
      {layout.chartHeight > 0 && (
        <Box flexDirection="column" marginTop={1}>
          <QuadrantChart q={model.quadrant} width={width} height={layout.chartHeight} />
        </Box>
      )}
    </Box>
  );
}
