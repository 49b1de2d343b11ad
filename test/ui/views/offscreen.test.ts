/**
 * Every table view says how many columns are off-screen and on which side,
 * at every width and scroll position: the header's right end in the wide
 * layout, the second line of each row in the stacked one. Drawn from five
 * vendors (one more than the bundled data) and from the bundled data.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { filterAndSort, project, shape } from '../../../source/ui/state/screen.js';
import { uiTheme } from '../../../source/ui/uiTheme.js';
import { fitFrom, maxLeft } from '../../../source/ui/views/table/columns.js';
import { drawBody, drawHeader, geometry, offscreenText } from '../../../source/ui/views/table/tableLines.js';
import { buildView } from '../../../source/views/index.js';
import type { ViewName } from '../../../source/views/types.js';
import { bigLandscape } from '../../helpers/bigLandscape.js';
import { bundledLandscape } from '../../helpers/render.js';

const TABLES: ViewName[] = ['overview', 'features', 'compute', 'deals', 'scorecard', 'sources', 'changes'];
const LANDS = [
  ['five vendors', bigLandscape(5, 40)],
  ['the bundled data', bundledLandscape()],
] as const;
const text = (segs: readonly { text: string }[]) => segs.map((s) => s.text).join('');

describe.each(LANDS)('%s', (_name, land) => {
  const vendors = land.vendors.map((v) => v.id);
  describe.each([60, 80, 120, 200])('at %i columns', (width) => {
    it.each(TABLES)('%s: the count of columns off-screen on each side, at every scroll position', (view) => {
      const t = buildView(view, land, { vendors }).table;
      const p = project(t, vendors, false);
      const shaped = shape(t, filterAndSort(p, false, undefined).rows, t.rows.length, []);
      const stacked = width < 80;
      const geo = geometry(p, width, stacked, t.frozen);
      const last = maxLeft(geo.widths, geo.frozen, geo.avail);
      for (let left = geo.frozen; left <= last; left++) {
        const shown = fitFrom(geo.widths, geo.frozen, left, geo.avail);
        const hiddenLeft = left - geo.frozen;
        const hiddenRight = geo.widths.length - geo.frozen - shown - hiddenLeft;
        const d = {
          p,
          lines: shaped.lines,
          nav: { row: 0, col: 0, top: 0, left },
          geo,
          width,
          height: 6,
          cellCursor: false,
          rowHighlight: true,
          matches: new Set<number>(),
          theme: uiTheme(0),
          ascii: false,
        };
        const mark = offscreenText(hiddenLeft, hiddenRight, false);
        if (stacked) {
          // A data row's two lines: its name, then the other columns.
          const at = shaped.lines.findIndex((l) => l.kind === 'row');
          if (at < 0) continue;
          const line = text(drawBody({ ...d, nav: { ...d.nav, row: at, top: at }, height: 2 })[1] ?? []);
          if (hiddenLeft > 0) expect(line.trimStart(), `left ${left}`).toMatch(new RegExp(`^◂${hiddenLeft} `));
          if (hiddenRight > 0) expect(line.trimEnd(), `left ${left}`).toMatch(new RegExp(` ${hiddenRight}▸$`));
          continue;
        }
        const header = text(drawHeader(d));
        expect(stringWidth(header), header).toBeLessThanOrEqual(width);
        if (mark) expect(header.trimEnd().endsWith(mark), `${view} left ${left}: "${header}"`).toBe(true);
        else expect(header).not.toMatch(/[◂▸]/);
      }
    });
  });
});
