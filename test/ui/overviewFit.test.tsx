/**
 * Every panel of the Overview at 80×24, 120×40 and 200×50, with the bundled
 * data and with a fifth vendor whose name is long, and must-haves that
 * eliminate two vendors: the eliminated mark survives a narrow column, the
 * ranking leaves them unranked as the Scorecard does, the notes wrap whole,
 * names take the spare room before blank cells are left, and the frame fits.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../source/data/schema.js';
import { buildLandscape, type Landscape } from '../../source/model/landscape.js';
import { project } from '../../source/ui/state/screen.js';
import { overviewSpec } from '../../source/ui/views/overview/spec.js';
import { geometry, visibleColumns } from '../../source/ui/views/table/tableLines.js';
import { buildView } from '../../source/views/index.js';
import { appsUnmountedAfterEach, bundledLandscape, expectFits } from '../helpers/render.js';

const open = appsUnmountedAfterEach();
const bundled = bundledLandscape();
const ACME = 'Acme Cloud Machine Learning Studio (formerly Acme ML Workbench)';

/** The bundled data with a fifth vendor: Azure's cells under a long name, as a reader following docs/data.md would add one. */
function withFifth(land: Landscape): Landscape {
  const d = land.dataset as Dataset;
  const azure = d.vendors.find((v) => v.id === 'azure-ml');
  return buildLandscape({
    ...d,
    vendors: [...d.vendors, { ...azure, id: 'acme-ml', name: ACME, aliases: ['acme'] }],
    cells: { ...d.cells, 'acme-ml': d.cells['azure-ml'] },
    compute: { ...d.compute, 'acme-ml': d.compute['azure-ml'] },
  } as Dataset);
}
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe.each([
  [80, 24],
  [120, 40],
  [200, 50],
])('the Overview at %i×%i', (columns, rows) => {
  describe.each([
    ['the bundled data', bundled],
    ['a fifth vendor', withFifth(bundled)],
  ])('with %s', (_name, land) => {
    it('keeps the eliminated mark, ranks as the Scorecard does, wraps its notes, and fits', async () => {
      const app = await open({ land, columns, rows, props: { require: ['data-labeling'] } });
      const lines = app.lines();
      expectFits(lines, columns, rows);
      const eliminated = land.vendors.filter((v) => v.id === 'azure-ml' || v.id === 'acme-ml');
      const tableRows = lines.slice(2, 2 + land.vendors.length);
      expect(tableRows.filter((l) => l.includes('(eliminated)'))).toHaveLength(eliminated.length);
      // Eliminated vendors have no rank number in the ranking panel.
      for (const l of lines) if (/^ {2}\d+\. /.test(l)) expect(l).not.toContain('(eliminated)');
      expect(squash(app.frame())).toContain(
        'Must-haves: data-labeling; None or Unknown eliminates a vendor, Preview passes flagged.',
      );
      expect(squash(app.frame())).toContain(`out of ${land.features.length} features; accelerators: GA / known`);
    });

    it('gives spare cells to cut columns before leaving them blank; names are whole at 200 columns', async () => {
      const table = buildView('overview', land, { vendors: land.vendors.map((v) => v.id) }).table;
      const p = project(
        table,
        land.vendors.map((v) => v.id),
        false,
      );
      const geo = geometry(p, columns, false, table.frozen);
      const shown = visibleColumns(geo, geo.frozen);
      const used = shown.reduce((a, k) => a + (geo.widths[k] ?? 0), 0) + 2 * (shown.length - 1);
      const cut = shown.filter((k) => (geo.widths[k] ?? 0) < (p.wants[k] ?? 0));
      // Either nothing on screen is cut, or no more than a column gap is left over.
      if (cut.length > 0) expect(geo.avail - used).toBeLessThanOrEqual(2);
      if (columns >= 200) {
        const app = await open({ land, columns, rows });
        for (const v of land.vendors.filter((x) => x.name.length <= 56)) expect(app.frame()).toContain(v.name);
      }
    });
  });
});

describe('the Overview split', () => {
  it('gives the table whole rows: a line a stacked row cannot use goes to the panels', () => {
    const table = buildView('overview', bundled, { vendors: bundled.vendors.map((v) => v.id) }).table;
    for (const fullBody of [12, 13, 14, 15]) {
      const { bodyHeight } = overviewSpec.split({
        table,
        fullBody,
        lines: 4,
        lineHeight: 2,
        stacked: true,
        chart: false,
      });
      expect(bodyHeight % 2).toBe(0);
    }
  });
});
