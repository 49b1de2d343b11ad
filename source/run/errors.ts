/** Errors that map to exit codes: 2 usage, 3 invalid data, 1 anything unexpected. */
export const EXIT = { ok: 0, differ: 1, unexpected: 1, usage: 2, data: 3 } as const;

export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
