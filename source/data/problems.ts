/** A problem found while loading a dataset, located as precisely as possible. */
export interface Problem {
  severity: 'error' | 'warning';
  /** The file, as the user named it (relative where possible). */
  file: string;
  line?: number;
  column?: number;
  /** Dotted field path inside the document, e.g. `cells.databricks.managed-mlflow.status`. */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** The path given names no file or folder: a usage error (exit 2), not invalid data. */
  badPath?: boolean;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  const field = p.field ? ` ${p.field}:` : '';
  const hint = p.hint ? ` (${p.hint})` : '';
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}:${field} ${tag}${p.message}${hint}`;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}

/** True when every error is a path that names no file or folder (exit 2, not 3). */
export function onlyBadPaths(problems: readonly Problem[]): boolean {
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.length > 0 && errors.every((p) => p.badPath === true);
}

/** Thrown by the loader when the dataset cannot be used; carries every problem found. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}
