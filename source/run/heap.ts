/**
 * The dashboard's garbage-collection policy. Its live data is small (about 30 MB of JavaScript
 * heap on the bundled data, plus 17 MB of Yoga's WebAssembly memory), but every key and every
 * resize allocates a frame's worth of short-lived objects. V8 sizes its heap for throughput:
 * the young generation doubles (to 64 MB a semi-space) whenever enough has survived, and the
 * old generation may grow to several times what is live before a full collection, so 1,500
 * resizes held 300 MB. Once the data is loaded the dashboard keeps the young generation at the
 * size loading left it and lets the old generation grow 30 % past what is live.
 * docs/decisions/0017-dashboard-memory.md has the measurements.
 */
import { setFlagsFromString } from 'node:v8';

/** V8 reads both at every collection, so they take effect when set. */
export const DASHBOARD_V8_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=30'] as const;

/** Sets DASHBOARD_V8_FLAGS for the rest of the process; call once the dataset is loaded. */
export function favourMemory(): void {
  for (const flag of DASHBOARD_V8_FLAGS) setFlagsFromString(flag);
}
