/**
 * Opening a source in the browser (the dashboard's `o`), the parts that need
 * no screen: only an http(s) URL taken from the data is opened, it is handed
 * to the platform's opener as one argument, and no shell ever sees it.
 * Windows' `start` is a cmd.exe built-in (so a shell); `rundll32
 * url.dll,FileProtocolHandler` opens the default browser without one.
 */
import { spawn as nodeSpawn } from 'node:child_process';

/** The URL as it will be opened, or undefined when it is not a plain http(s) URL. */
export function openableUrl(text: string): string | undefined {
  // No whitespace or control characters anywhere: nothing for an opener to split or act on.
  if (text === '' || /[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

export interface Opener {
  command: string;
  /** Arguments before the URL (the URL always goes last, as one argument). */
  args: string[];
}

/** The opener for a platform (`process.platform`). */
export function openerFor(platform: NodeJS.Platform): Opener {
  if (platform === 'darwin') return { command: 'open', args: [] };
  if (platform === 'win32') return { command: 'rundll32.exe', args: ['url.dll,FileProtocolHandler'] };
  return { command: 'xdg-open', args: [] };
}

/** The slice of `child_process.spawn` this needs, so tests can watch what would run. */
export type Spawn = (
  command: string,
  args: readonly string[],
  options: { shell: false; stdio: 'ignore'; detached: boolean },
) => { unref(): void; on(event: 'error', listener: (err: Error) => void): unknown };

export type OpenResult = { ok: true; url: string } | { ok: false; message: string };

/** Opens `text` when it is an http(s) URL; says why not otherwise. Never waits for the browser. */
export function openUrl(
  text: string,
  opts: { platform?: NodeJS.Platform; spawn?: Spawn; onError?: (err: Error) => void } = {},
): OpenResult {
  const url = openableUrl(text);
  if (!url) return { ok: false, message: 'only http(s) links can be opened' };
  const opener = openerFor(opts.platform ?? process.platform);
  const spawn = opts.spawn ?? (nodeSpawn as unknown as Spawn);
  const child = spawn(opener.command, [...opener.args, url], { shell: false, stdio: 'ignore', detached: true });
  child.on('error', (err) => opts.onError?.(err));
  child.unref();
  return { ok: true, url };
}
