/** OSC 8 hyperlinks: clickable where the terminal supports them, plain text where it may not. */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether links may be drawn as OSC 8 escapes in this environment. */
export function hyperlinksSupported(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'dumb') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_HYPERLINK === '0') return false;
  return true;
}

/** Text wrapped in an OSC 8 link to `url`, or the text alone when links are off or the URL is not safe to emit. */
export function hyperlink(text: string, url: string, enabled: boolean): string {
  if (!enabled || CONTROL.test(url) || !/^https?:\/\//i.test(url)) return text;
  return `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;
}
