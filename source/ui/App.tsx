/**
 * The dashboard: tab bar, the current view (table, chart or an overlay),
 * footer, status line and key hints. State lives in one reducer; keys come in
 * through one dispatcher; everything drawn is derived in memoised stages.
 */
import { Box, useApp } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import type { Landscape } from '../model/landscape.js';
import type { ViewName } from '../views/types.js';
import { VIEW_TITLES } from '../views/types.js';
import { EvidencePane } from './components/EvidencePane.js';
import { Footer } from './components/Footer.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { HintBar } from './components/HintBar.js';
import { MarketView } from './components/MarketView.js';
import { StatusBar } from './components/StatusBar.js';
import { TabBar } from './components/TabBar.js';
import { TableView } from './components/TableView.js';
import { MIN_COLUMNS, MIN_ROWS, TooSmall } from './components/TooSmall.js';
import { VendorPicker } from './components/VendorPicker.js';
import { buildDoc } from './detail.js';
import { docLines } from './docLines.js';
import { helpLines } from './helpLines.js';
import type { CommandId } from './keys/keymap.js';
import { initialState, reduce } from './state/reducer.js';
import { rowNumbers, statusParts } from './statusLine.js';
import { UiContext, type UiSettings } from './UiContext.js';
import { uiTheme } from './uiTheme.js';
import { focusOf, useDispatcher } from './useDispatcher.js';
import { CHROME, useScreen } from './useScreen.js';
import { useTables } from './useTables.js';
import { useTerminalSize } from './useTerminalSize.js';

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
}

export function App({ land, vendors, initialView, ascii, level = 0, links = false }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const allVendors = useMemo(() => land.vendors.map((v) => v.id), [land]);
  const [state, dispatch] = useReducer(reduce, { view: initialView, vendors, allVendors }, initialState);
  const ui: UiSettings = useMemo(() => ({ theme: uiTheme(level), ascii, links }), [level, ascii, links]);
  const tableOf = useTables(land, state.vendors);
  const bodyWidth = size.columns;

  const overlay = state.overlay;
  const panelHeight = Math.max(3, size.rows - 1 - CHROME);
  const evidenceTarget = overlay?.kind === 'evidence' ? overlay.target : null;
  const doc = useMemo(
    () =>
      evidenceTarget
        ? buildDoc(evidenceTarget, { land, vendors: state.vendors, width: Math.max(20, bodyWidth - 2), ascii })
        : null,
    [evidenceTarget, land, state.vendors, bodyWidth, ascii],
  );
  const docSegs = useMemo(
    () => (doc ? docLines(doc.lines, bodyWidth, ui.theme, links) : []),
    [doc, bodyWidth, ui.theme, links],
  );
  const help = useMemo(
    () => (overlay?.kind === 'help' ? helpLines(bodyWidth, ui.theme, ascii) : []),
    [overlay?.kind, bodyWidth, ui.theme, ascii],
  );
  const overlayLines =
    overlay?.kind === 'help' ? help.length : overlay?.kind === 'vendors' ? allVendors.length : docSegs.length;
  const screen = useScreen(state, size, tableOf, ascii, overlayLines);
  const tooSmall = size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  useDispatcher(state, screen, dispatch);

  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const shaped = screen.shaped;
  const rowNo = useMemo(() => rowNumbers({ shaped }), [shaped]);
  if (tooSmall) return <TooSmall columns={size.columns} rows={size.rows} />;

  const context = focusOf(state);
  const skip: CommandId[] = [];
  if (screen.p.statusCols.length === 0) skip.push('diff.toggle');
  if (screen.shaped.groups.length === 0) skip.push('fold.toggle');
  if (!overlay && !state.search.query) skip.push('close');
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
  } else if (state.view === 'market') {
    body = <MarketView land={land} screen={screen} width={bodyWidth} />;
  } else {
    body = <TableView screen={screen} state={state} width={bodyWidth} />;
  }
  const title = screen.p.table.title || VIEW_TITLES[state.view];
  return (
    <UiContext.Provider value={ui}>
      <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
        <TabBar view={state.view} width={bodyWidth} asOf={land.asOf} />
        {body}
        {!overlay && screen.footer.length > 0 && <Footer lines={screen.footer} width={bodyWidth} />}
        <StatusBar
          parts={statusParts(state, screen, title, rowNo)}
          width={bodyWidth}
          searching={state.search.editing ? { query: state.search.query, matches: screen.matches.length } : undefined}
          message={state.message}
        />
        <HintBar context={context} width={bodyWidth} skip={skip} />
      </Box>
    </UiContext.Provider>
  );
}
