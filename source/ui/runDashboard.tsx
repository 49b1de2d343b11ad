/**
 * Starts the interactive dashboard in the alternate screen (with SGR mouse
 * reporting unless turned off) and restores the terminal, mouse reporting off,
 * on every way out: q and Ctrl-C (keys), every catchable fatal signal
 * (source/run/terminal.ts), Ctrl-Z and SIGTSTP (left while stopped, taken back on SIGCONT), and an exception while rendering (caught, then a one-line error
 * on the restored screen and exit code 1).
 *
 * Diagnostic (docs/reliability.md): TRAINSCAPE_FAULT=render makes the first key
 * pressed throw while rendering, TRAINSCAPE_FAULT=input throw in the key
 * handler, so tests can prove the terminal is restored after an internal error.
 */
import { render, useInput } from 'ink';
import { useState } from 'react';
import type { DatasetWatcher, Reloaded } from '../data/watch.js';
import type { Freshness } from '../model/freshness.js';
import { buildLandscape, type Landscape } from '../model/landscape.js';
import type { Weights } from '../model/score.js';
import { favourMemory } from '../run/heap.js';
import type { Io } from '../run/io.js';
import { openUrl } from '../run/open.js';
import { defaultSavePath } from '../run/save.js';
import { asciiStream, handleSignals, SEQ } from '../run/terminal.js';
import { insideTmux, osc52 } from '../text/osc52.js';
import { visibleLine } from '../text/visible.js';
import type { ViewName } from '../views/types.js';
import { App } from './App.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import type { Effects } from './effects.js';
import type { Drawn } from './firstFrame.js';
import { hyperlinksSupported } from './link.js';
import { mouseInput } from './mouseInput.js';
import { rawMode, SCREEN_OFF, screenOn } from './screenModes.js';

export interface DashboardOptions {
  land: Landscape;
  vendors: string[];
  view: ViewName;
  level: 0 | 1 | 2 | 3;
  ascii: boolean;
  io: Io;
  /** Scorecard weights to start from (--weights). */
  weights?: Weights;
  /** Must-haves to start from (--require). */
  require?: readonly string[];
  /** Least coverage a vendor needs to be ranked (--min-coverage, 0..1). */
  minCoverage?: number;
  /** Today (YYYY-MM-DD), for the default name of a saved view. */
  today: string;
  /** Today and the stale threshold. */
  freshness?: Freshness;
  /** A dataset file or folder to watch and reload on change (--watch). */
  watch?: string;
  /** When the dataset was read (ms since the epoch): a save after it and before watching starts still reloads. */
  loadedAt?: number;
  /** Report the mouse (wheel and clicks); off with --no-mouse or TRAINSCAPE_MOUSE=0, to select text with it. */
  mouse?: boolean;
  /** The first frame, drawn before Ink was loaded (firstFrame.ts): the screen is already set up and drawn. */
  first?: Drawn;
}

/** The fault hook: nothing unless TRAINSCAPE_FAULT names a fault; then it fails on the first key. */
function Fault({ kind }: { kind: string }) {
  const [armed, setArmed] = useState(false);
  useInput(() => {
    if (kind === 'input') throw new Error('injected fault in a key handler (TRAINSCAPE_FAULT=input)');
    setArmed(true);
  });
  if (armed) throw new Error('injected fault while rendering (TRAINSCAPE_FAULT=render)');
  return null;
}

/**
 * Puts `prefix` in front of the next thing written to `stream`, in the same write. Ink's first frame
 * comes ~50 ms after render() is called (React renders and lays the tree out first): a screen cleared
 * at the call would stay blank that long where synchronized output is not supported.
 */
function beforeFirstWrite(stream: NodeJS.WriteStream, prefix: string): void {
  const own = Object.getOwnPropertyDescriptor(stream, 'write');
  const write = stream.write;
  stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    if (own) Object.defineProperty(stream, 'write', own);
    else delete (stream as { write?: unknown }).write;
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    return (write as (c: unknown, ...r: unknown[]) => boolean).call(stream, prefix + text, ...rest);
  } as NodeJS.WriteStream['write'];
}

export async function runDashboard(opts: DashboardOptions): Promise<number> {
  const { stdin, stderr } = opts.io;
  // In ASCII mode (TERM=dumb, a non-UTF-8 locale) every byte drawn is ASCII, whatever a component chose.
  const stdout = opts.ascii ? asciiStream(opts.io.stdout) : opts.io.stdout;
  let restored = false;
  const release = () => {
    rawMode(stdin, false);
    stdout.write(SCREEN_OFF);
  };
  const restore = () => {
    if (restored) return;
    restored = true;
    mouse?.close();
    release();
  };
  let failure: Error | undefined;
  // With the mouse on, Ink reads the terminal through a filter that takes the mouse reports out.
  const mouse = opts.mouse && stdin.isTTY ? mouseInput(stdin) : undefined;
  if (!opts.first) stdout.write(screenOn(mouse !== undefined));
  const links = hyperlinksSupported(opts.io.env);
  const fault = opts.io.env.TRAINSCAPE_FAULT;
  // What a reload changes: the data, and the banner of a save that did not load.
  const effects: Effects = {
    copy: (text) => {
      const seq = osc52(text);
      if (!seq) return 'Too long to copy';
      // Inside tmux: the plain form for tmux's own clipboard (set-clipboard on), the wrapped one for passthrough.
      stdout.write(insideTmux(opts.io.env) ? seq + (osc52(text, { tmux: true }) ?? '') : seq);
      return `Copied ${visibleLine(text)}`;
    },
    open: (url) => {
      const r = openUrl(url);
      return r.ok ? `Opening ${r.url}` : `Not opened: ${r.message}`;
    },
    savePath: (view) => defaultSavePath(view, opts.today),
    // The printers and the YAML writer a save needs are loaded when the first save is made, not at start.
    save: async (file, shown, overwrite) =>
      (await import('../run/saveView.js')).saveShown(land, file, shown, overwrite, {
        ascii: opts.ascii,
        freshness: opts.freshness,
      }),
  };
  let land = opts.land;
  let banner: string | undefined;
  const tree = () => (
    <ErrorBoundary
      onError={(error) => {
        failure = error;
        instance?.unmount(error);
      }}
    >
      <App
        land={land}
        vendors={opts.vendors}
        initialView={opts.view}
        ascii={opts.ascii}
        level={opts.level}
        links={links}
        weights={opts.weights}
        require={opts.require}
        minCoverage={opts.minCoverage}
        freshness={opts.freshness}
        banner={banner}
        watching={opts.watch !== undefined}
        mouse={mouse?.source}
        effects={effects}
        first={opts.first && land === opts.land ? opts.first : undefined}
      />
      {fault === 'render' || fault === 'input' ? <Fault kind={fault} /> : null}
    </ErrorBoundary>
  );
  let instance: ReturnType<typeof render> | undefined;
  let watcher: DatasetWatcher | undefined;
  const stopWatching = () => {
    watcher?.close();
    watcher = undefined;
  };
  // Watch before the first frame, so no save is missed while the dashboard starts.
  if (opts.watch !== undefined) {
    const { watchDataset } = await import('../data/watch.js');
    const { formatProblem } = await import('../data/problems.js');
    watcher = watchDataset(
      opts.watch,
      (r: Reloaded) => {
        if (r.ok) {
          land = buildLandscape(r.dataset, opts.freshness?.today);
          banner = undefined;
        } else {
          const errors = r.problems.filter((p) => p.severity === 'error');
          const first = errors[0] ?? r.problems[0];
          const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
          banner = `Reload failed, showing the last good data: ${first ? formatProblem(first) : 'invalid dataset'}${more}`;
        }
        instance?.rerender(tree());
      },
      { since: opts.loadedAt },
    );
  }
  // A long-lived process: collect often rather than let V8's heap grow (source/run/heap.ts).
  favourMemory();
  // Over the first frame, Ink draws its own from the top of a cleared screen, in one synchronized update
  // (Ink ends it after its frame): the same lines, so nothing is seen to change.
  // (The terminal's own stream: in ASCII mode `stdout` is a view of it that writes through it.)
  if (opts.first) beforeFirstWrite(opts.io.stdout, SEQ.syncStart + SEQ.home + SEQ.eraseDown);
  const ink = render(tree(), {
    stdout,
    stdin: mouse?.stdin ?? stdin,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 60,
    // Rewrite only the lines that changed, and skip their unchanged start: a cursor move writes
    // ~0.6 KB instead of the whole 120×40 screen (~7.6 KB). docs/decisions/0007-runtime.md.
    incrementalRendering: true,
  });
  instance = ink;
  if (opts.first) stdout.write(SEQ.syncEnd);
  const stopSignals = handleSignals({
    release: () => {
      if (!restored) release();
    },
    reclaim: () => {
      if (restored) return;
      rawMode(stdin, true);
      // Mouse reports too: the suspend turned them off with the rest.
      stdout.write(screenOn(mouse !== undefined));
      // Ink draws only what changed since its last frame; after a resume the screen is blank, so it
      // is told to draw everything (the `true` is read by a build patch: scripts/build.mjs).
      opts.io.stdout.emit('resize', true);
    },
    exit: (code) => {
      stopWatching();
      ink.unmount();
      restore();
      process.exit(code);
    },
  });
  opts.first?.handOff();
  const onCrash = (error: unknown) => {
    stopWatching();
    ink.unmount();
    restore();
    stderr.write(`trainscape: the dashboard stopped: ${(error as Error)?.message ?? String(error)}\n`);
    process.exit(1);
  };
  process.once('uncaughtException', onCrash);
  process.once('exit', restore);
  try {
    await ink.waitUntilExit();
    if (failure) throw failure;
    return 0;
  } catch (error) {
    restore();
    stderr.write(`trainscape: the dashboard stopped: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  } finally {
    stopWatching();
    ink.unmount();
    restore();
    stopSignals();
    process.off('uncaughtException', onCrash);
    process.off('exit', restore);
  }
}
