/** Starts the interactive dashboard in the alternate screen and restores the terminal on every way out. */
import { render } from 'ink';
import type { Landscape } from '../model/landscape.js';
import type { Io } from '../run/io.js';
import type { ViewName } from '../views/types.js';
import { App } from './App.js';

export interface DashboardOptions {
  land: Landscape;
  vendors: string[];
  view: ViewName;
  level: 0 | 1 | 2 | 3;
  ascii: boolean;
  io: Io;
}

const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

export async function runDashboard(opts: DashboardOptions): Promise<number> {
  const { stdout, stdin } = opts.io;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (stdin.isTTY) stdin.setRawMode?.(false);
    stdout.write(SHOW_CURSOR + LEAVE_ALT);
  };
  stdout.write(ENTER_ALT);
  const onSignal = (signal: NodeJS.Signals) => {
    instance.unmount();
    restore();
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
  };
  const instance = render(<App land={opts.land} vendors={opts.vendors} initialView={opts.view} ascii={opts.ascii} />, {
    stdout,
    stdin,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  process.once('exit', restore);
  try {
    await instance.waitUntilExit();
    return 0;
  } finally {
    instance.unmount();
    restore();
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  }
}
