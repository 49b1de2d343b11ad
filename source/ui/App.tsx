/**
 * The dashboard: tab bar, the current view (table, chart or an overlay),
 * footer, status line and key hints. State lives in one reducer; keys come in
 * through one dispatcher; everything drawn is derived in memoised stages.
 */
import { Box, useApp, useWindowSize } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Freshness } from '../model/freshness.js';
import type { Landscape } from '../model/landscape.js';
import type { Weights } from '../model/score.js';
import { tableAsShown } from '../views/asShown.js';
import { buildDoc } from '../views/evidence/documents.js';
import type { ViewName } from '../views/types.js';
import { bannerLines } from './chromeLines.js';
import { EvidencePane } from './components/EvidencePane.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { Lines } from './components/Lines.js';
import { TooSmall } from './components/TooSmall.js';
import { VendorPicker } from './components/VendorPicker.js';
import { docLines } from './docLines.js';
import { type Effects, NO_EFFECTS, type Shown, sourceUrl } from './effects.js';
import { bodyLines, chromeOf, type FrameInput } from './frameLines.js';
import { helpLines } from './helpLines.js';
import { keyFor } from './keys/keymap.js';
import type { MouseSource } from './mouseInput.js';
import { CHROME, MIN_COLUMNS, MIN_ROWS, type Screen } from './screenOf.js';
import { focusOf, initialState, type NavState, reduce } from './state/reducer.js';
import { rowNumbers } from './statusLine.js';
import type { TableOf } from './tableOf.js';
import { UiContext, type UiSettings } from './UiContext.js';
import { uiTheme } from './uiTheme.js';
import { useDispatcher } from './useDispatcher.js';
import { useScreen } from './useScreen.js';
import { useTables } from './useTables.js';
import { specOf } from './views/registry.js';
import { targetAt } from './views/table/target.js';

/** The current view exactly as shown, for Ctrl-S. */
function shownOf(s: NavState, sc: Screen): Shown {
  const rows = sc.shaped.lines.flatMap((l) => (l.kind === 'row' ? [l.row] : []));
  const spec = specOf(s.view);
  return {
    view: s.view,
    table: tableAsShown(sc.p.table, { columns: sc.p.source, rows }),
    vendors: s.vendors,
    weights: spec.weighted ? s.weights : undefined,
    require: spec.shortlisted ? s.require : undefined,
    minCoverage: spec.weighted ? s.minCoverage : undefined,
  };
}

export interface AppProps {
  /** The landscape to show. */
  land: Landscape;
  /** Vendor ids to show at start (from --vendor), in order; empty means all. */
  vendors: string[];
  /** The view to open on (from --view). */
  initialView: ViewName;
  /** Draw statuses with ASCII glyphs. */
  ascii: boolean;
  /** Colour level (0 = none). */
  level?: 0 | 1 | 2 | 3;
  /** Whether URLs may be drawn as OSC 8 hyperlinks. */
  links?: boolean;
  /** Scorecard weights to start from (--weights). */
  weights?: Weights;
  /** Must-haves to start from (--require); `!` toggles them in Features and Compute. */
  require?: readonly string[];
  /** Least coverage a vendor needs to be ranked (--min-coverage, 0..1). */
  minCoverage?: number;
  /** Today and the stale threshold (--stale-after); without it nothing is marked stale. */
  freshness?: Freshness;
  /** A problem to show (wrapped) above the status line (a reload that failed); the data shown is the last good one. */
  banner?: string;
  /** The dataset is watched for changes (--watch). */
  watching?: boolean;
  /** Mouse reports (wheel, clicks), when the mouse is on. */
  mouse?: MouseSource;
  /** Copying and opening links, done outside the UI. */
  effects?: Effects;
  /** What the first frame, drawn before Ink was loaded, started from: its state and the view models it built. */
  first?: { state: NavState; tables: TableOf };
}

export function App({
  land,
  vendors,
  initialView,
  ascii,
  level = 0,
  links = false,
  weights,
  require,
  minCoverage,
  freshness,
  banner,
  watching = false,
  mouse,
  effects = NO_EFFECTS,
  first,
}: AppProps) {
  const { exit } = useApp();
  const terminal = useWindowSize();
  // A banner takes its lines from the body, so the frame never grows.
  const banned = useMemo(() => (banner ? bannerLines(banner, terminal.columns) : []), [banner, terminal.columns]);
  const size = useMemo(
    () => (banned.length > 0 ? { ...terminal, rows: terminal.rows - banned.length } : terminal),
    [terminal, banned],
  );
  const allVendors = useMemo(() => land.vendors.map((v) => v.id), [land]);
  const [state, dispatch] = useReducer(
    reduce,
    { view: initialView, vendors, allVendors, weights, require, minCoverage },
    // The first frame's state, when it drew one: the same arrays, so what it built is found again.
    (start) => first?.state ?? initialState(start),
  );
  const ui: UiSettings = useMemo(() => ({ theme: uiTheme(level), ascii, links }), [level, ascii, links]);
  const tableOf = useTables(land, state, freshness, ascii, first?.tables);
  const bodyWidth = size.columns;

  const overlay = state.overlay;
  const panelHeight = Math.max(3, size.rows - 1 - CHROME);
  const evidenceTarget = overlay?.kind === 'evidence' ? overlay.target : null;
  const doc = useMemo(
    () =>
      evidenceTarget
        ? buildDoc(evidenceTarget, {
            land,
            vendors: state.vendors,
            width: Math.max(20, bodyWidth - 2),
            ascii,
            weights: state.weights,
            freshness,
            openKey: keyFor('open'),
          })
        : null,
    [evidenceTarget, land, state.vendors, bodyWidth, ascii, state.weights, freshness],
  );
  const docSegs = useMemo(
    () => (doc ? docLines(doc.lines, bodyWidth, ui.theme, links, state.search.query) : []),
    [doc, bodyWidth, ui.theme, links, state.search.query],
  );
  const help = useMemo(
    () => (overlay?.kind === 'help' ? helpLines(bodyWidth, ui.theme, ascii) : []),
    [overlay?.kind, bodyWidth, ui.theme, ascii],
  );
  const overlayLines =
    overlay?.kind === 'help' ? help.length : overlay?.kind === 'vendors' ? allVendors.length : docSegs.length;
  const screen = useScreen(state, size, tableOf, ascii, overlayLines);
  const tooSmall = size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  useDispatcher(state, screen, dispatch, true, mouse, land);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  // A reloaded dataset: keep the view, cursor, filters and weights; drop vendors that are gone, clamp the cursor.
  const firstLand = useRef(land);
  const latestBounds = useRef(screen.bounds);
  latestBounds.current = screen.bounds;
  const latestFrame = useRef({ state, screen });
  latestFrame.current = { state, screen };
  const latestDoc = useRef(doc);
  latestDoc.current = doc;
  useEffect(() => {
    if (firstLand.current === land) return;
    firstLand.current = land;
    dispatch({ type: 'data', allVendors, bounds: latestBounds.current });
  }, [land, allVendors]);

  // y and o: the first source shown in the evidence pane, or the first source of what is under the cursor.
  const request = state.request;
  useEffect(() => {
    if (!request) return;
    const { state: s, screen: sc } = latestFrame.current;
    let url: string | undefined;
    if (request.kind === 'save' || request.kind === 'write') url = undefined;
    else if (s.overlay?.kind === 'evidence') url = sourceUrl(latestDoc.current?.lines ?? [], s.overlay.scroll);
    else {
      const target = targetAt(s.view, sc.p, sc.shaped.lines, sc.nav.row, sc.nav.col);
      const ctx = { land, vendors: s.vendors, width: 80, ascii, weights: s.weights, freshness };
      url = target ? sourceUrl(buildDoc(target, ctx).lines) : undefined;
    }
    if (request.kind === 'save') {
      dispatch({ type: 'prompt', prompt: { kind: 'path', text: effects.savePath(s.view) }, bounds: sc.bounds });
      return;
    }
    if (request.kind === 'write') {
      const path = request.path;
      void Promise.resolve(effects.save(path, shownOf(s, sc), request.overwrite)).then((saved) => {
        const prompt = saved.exists ? ({ kind: 'replace', path } as const) : null;
        dispatch({ type: 'prompt', prompt, message: prompt ? '' : saved.message, bounds: sc.bounds });
      });
      return;
    }
    const text = !url ? 'No source link here' : request.kind === 'copy' ? effects.copy(url) : effects.open(url);
    dispatch({ type: 'message', text, bounds: sc.bounds });
  }, [request, effects, land, ascii, freshness]);

  const shaped = screen.shaped;
  const rowNo = useMemo(() => rowNumbers({ shaped }), [shaped]);
  if (tooSmall) return <TooSmall columns={size.columns} rows={size.rows} />;

  const context = focusOf(state);
  const frame: FrameInput = {
    land,
    state,
    screen,
    terminal,
    banned,
    theme: ui.theme,
    ascii,
    freshness,
    watching,
    context,
  };
  const chrome = chromeOf(frame, rowNo);
  let body: React.ReactNode;
  if (overlay?.kind === 'help') {
    body = <HelpOverlay lines={help} scroll={overlay.scroll} width={bodyWidth} height={panelHeight} />;
  } else if (overlay?.kind === 'evidence' && doc) {
    body = (
      <EvidencePane title={doc.title} lines={docSegs} scroll={overlay.scroll} width={bodyWidth} height={panelHeight} />
    );
  } else if (overlay?.kind === 'vendors') {
    body = (
      <VendorPicker
        land={land}
        all={allVendors}
        shown={state.vendors}
        cursor={overlay.cursor}
        width={bodyWidth}
        height={panelHeight}
      />
    );
  } else {
    body = <Lines lines={bodyLines(frame)} />;
  }
  // The same lines the first frame draws before Ink is loaded (frameLines.ts).
  return (
    <UiContext.Provider value={ui}>
      <Box flexDirection="column" width={size.columns} height={terminal.rows - 1}>
        <Lines lines={[chrome.top]} />
        {body}
        <Lines lines={chrome.bottom} />
      </Box>
    </UiContext.Provider>
  );
}
