/** Columns use the width there is: spare cells go to the columns that are cut. */
import { describe, expect, it } from 'vitest';
import { spreadSpare } from '../../source/ui/views/table/tableLines.js';
import { appsUnmountedAfterEach } from '../helpers/render.js';

const open = appsUnmountedAfterEach();

describe('spreadSpare', () => {
  it('gives spare cells in turn to cut columns, short cuts healed first, never beyond what they need', () => {
    const widths = [10, 9, 9];
    spreadSpare(widths, [10, 12, 40], 10 + 12 + 20 + 4);
    expect(widths).toEqual([10, 12, 20]);
  });

  it('leaves widths alone when nothing is cut or nothing is spare', () => {
    const a = [5, 5];
    spreadSpare(a, [5, 5], 40);
    expect(a).toEqual([5, 5]);
    const b = [5, 5];
    spreadSpare(b, [9, 9], 12);
    expect(b).toEqual([5, 5]);
  });
});

describe.each([
  [80, 24, ['databricks', 'sagemaker']],
  [200, 50, ['databricks', 'vertex-ai', 'sagemaker', 'azure-ml']],
])('at %i×%i', (columns, rows, vendors) => {
  it.each(['features', 'compute'] as const)('the %s header shows every vendor name whole', async (view) => {
    const app = await open({ columns, rows, view, vendors });
    const header = app.lines()[1] ?? '';
    expect(header).not.toContain('…');
    expect(header).toContain('Databricks Mosaic AI');
    expect(header).toContain('Amazon SageMaker AI');
    if (vendors.includes('azure-ml')) expect(header).toContain('Azure Machine Learning (with Microsoft Foundry)');
  });
});
