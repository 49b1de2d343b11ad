/** The evidence of a lifecycle change: the status it leads to, said once when it does not move. */
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { buildDoc } from '../../source/views/evidence/documents.js';

const land = buildLandscape(loadOrThrow('test/fixtures/lifecycle.yaml').dataset, '2026-11-26');
const ctx = { land, vendors: ['alpha', 'beta'], width: 100, ascii: false };
const text = (row: string) =>
  buildDoc({ kind: 'row', view: 'changes', row }, ctx)
    .lines.map((l) => l.map((s) => s.text).join(''))
    .join('\n');

describe('a change in the evidence pane', () => {
  it('shows the move for a change of status', () => {
    expect(text('2026-09-30/alpha/feature/spot')).toContain('Status: ◐ Partial → ✗ None');
  });

  it('says the status once, unchanged, for a deprecation that keeps it', () => {
    const doc = text('2026-06-30/alpha/feature/spot');
    expect(doc).toContain('Status: ◐ Partial (unchanged by this change)');
    expect(doc).not.toContain('→');
  });
});
