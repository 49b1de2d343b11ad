import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { App } from '../../source/ui/App.js';
import { SMALL } from '../helpers/tmp.js';

const land = buildLandscape(loadOrThrow(SMALL).dataset);

describe('App', () => {
  it('shows the overview of the vendors it is given', () => {
    const { lastFrame, unmount } = render(<App land={land} vendors={['beta']} initialView="overview" ascii={false} />);
    const frame = lastFrame() ?? '';
    expect(frame).toContain('Beta AI');
    expect(frame).not.toContain('Alpha ML');
    expect(frame).toContain('as of 2026-01-15');
    unmount();
  });
});
