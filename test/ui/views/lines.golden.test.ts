/**
 * Golden snapshots of the pure line builders, drawn from the small fixture at
 * 40, 80, 120 and 200 columns without Ink: the table (wide and stacked), the
 * market chart, the quadrant, the scorecard's own lines, the help overlay and
 * evidence documents. A change to how any of them draws shows up here as a diff.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../../source/data/load.js';
import { buildLandscape } from '../../../source/model/landscape.js';
import { helpLines } from '../../../source/ui/helpLines.js';
import type { Seg } from '../../../source/ui/segs.js';
import { initialState } from '../../../source/ui/state/reducer.js';
import { filterAndSort, matchLines, project, shape } from '../../../source/ui/state/screen.js';
import { uiTheme } from '../../../source/ui/uiTheme.js';
import { marketHeader, marketLines } from '../../../source/ui/views/market/marketLines.js';
import { withTrends } from '../../../source/ui/views/market/spec.js';
import { overviewPanels, panelGrid } from '../../../source/ui/views/overview/overviewPanels.js';
import { quadrantLines } from '../../../source/ui/views/scorecard/quadrantLines.js';
import { howLine, rankingLine } from '../../../source/ui/views/scorecard/scorecardLines.js';
import { drawBody, drawHeader, geometry } from '../../../source/ui/views/table/tableLines.js';
import { buildDoc } from '../../../source/views/evidence/documents.js';
import { buildView } from '../../../source/views/index.js';
import { buildScorecardModel } from '../../../source/views/scorecard.js';
import type { ViewName } from '../../../source/views/types.js';
import { FIXTURES, SMALL } from '../../helpers/tmp.js';

const land = buildLandscape(loadOrThrow(SMALL).dataset);
const five = buildLandscape(loadOrThrow(path.join(FIXTURES, 'five.yaml')).dataset);
const vendors = land.vendors.map((v) => v.id);
const theme = uiTheme(0);
const WIDTHS = [40, 80, 120, 200];
const text = (lines: readonly (readonly Seg[])[]) =>
  lines
    .map((l) =>
      l
        .map((s) => s.text)
        .join('')
        .trimEnd(),
    )
    .join('\n');

function table(view: ViewName, width: number): string {
  const t = buildView(view, land, { vendors }).table;
  const p = project(t, vendors, false);
  const sorted = filterAndSort(p, false, undefined);
  const shaped = shape(t, sorted.rows, sorted.total, []);
  const stacked = width < 80;
  const geo = geometry(p, width, stacked, t.frozen);
  const d = {
    p,
    lines: shaped.lines,
    nav: { row: 1, col: 1, top: 0, left: geo.frozen },
    geo,
    width,
    height: 12,
    cellCursor: true,
    rowHighlight: p.statusCols.length === 0,
    matches: new Set(matchLines(shaped.lines, 'a').slice(0, 2)),
    theme,
    ascii: false,
  };
  return text([...(stacked ? [] : [drawHeader(d)]), ...drawBody(d)]);
}

describe.each(WIDTHS)('line builders at %i columns', (width) => {
  it.each(['overview', 'features', 'compute', 'deals', 'sources'] as const)('the %s table', (view) => {
    expect(table(view, width)).toMatchSnapshot();
  });

  it('the market chart: the title and legend (wrapped, never cut), the figures, then the trends as rows', () => {
    const rows = withTrends(buildView('market', land, { vendors }).table, land).rows;
    const draw = (row: number) =>
      marketLines({
        land,
        rows,
        nav: { row, col: 0, top: 0, left: 0 },
        width,
        height: 16,
        matches: new Set(),
        theme,
        ascii: false,
      });
    expect(text([...marketHeader(width, theme, false), ...draw(0)])).toMatchSnapshot();
    // The cursor on the last trend: the chart moves on until it is whole on screen.
    expect(text(draw(rows.length - 1))).toMatchSnapshot();
  });

  it('the overview panels, with a must-have that eliminates vendors (names whole when the line has room)', () => {
    const ids = five.vendors.map((v) => v.id);
    const panels = overviewPanels(five, ids, { require: ['gpu-x'] });
    expect(text(panelGrid(panels, width, 16, theme))).toMatchSnapshot();
  });

  it('the scorecard lines and the quadrant', () => {
    const m = buildScorecardModel(land, { vendors });
    const labels = new Map(m.quadrant.points.map((p) => [p.vendor, p.label]));
    const first = m.categories[0]?.id;
    const out = [
      rankingLine(m, width, theme, labels),
      howLine(land, m, first, vendors[0], width, theme),
      howLine(land, m, 'overall', vendors[1], width, theme),
      ...quadrantLines({ q: m.quadrant, width, height: 16, theme, ascii: false }),
    ];
    expect(text(out)).toMatchSnapshot();
  });

  it('the help overlay', () => {
    expect(text(helpLines(width, theme, true))).toMatchSnapshot();
  });

  it('evidence documents', () => {
    const ctx = { land, vendors, width, ascii: false };
    const feature = land.features[0]?.id as string;
    const docs = [
      buildDoc({ kind: 'cell', cellKind: 'feature', row: feature, vendor: vendors[0] as string }, ctx),
      buildDoc({ kind: 'row', view: 'overview', row: vendors[1] as string }, ctx),
      buildDoc({ kind: 'cell', cellKind: 'score', row: 'overall', vendor: vendors[0] as string }, ctx),
    ];
    expect(docs.map((d) => `# ${d.title}\n${text(d.lines)}`).join('\n\n')).toMatchSnapshot();
  });
});

it('the initial state is what the dashboard starts from', () => {
  expect(initialState({ view: 'features', vendors: [], allVendors: vendors }).vendors).toEqual(vendors);
});
