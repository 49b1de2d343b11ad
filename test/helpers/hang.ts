/**
 * How long a test waits for a frame, an exit or a file before it calls the run
 * hung. It is a guard against a hang, not a budget: a slow, shared machine
 * makes a test slower, never red. Timings are the bench's job.
 */
export const HANG_MS = 120_000;
