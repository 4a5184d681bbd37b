import type { Position } from './errors.js';

/** A path into cop.yaml's data: keys and list indexes, as in `['inquire', 'goals', 0, 'byDate']`. */
export type Path = readonly (string | number)[];

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in a document, by the schema validator or by a lint rule. `copkit check`
 * prints these as `cop.yaml:14:7  error  <message>  <rule>`.
 */
export interface Finding {
  /** `schema` for shape problems, else the lint rule's id. */
  rule: string;
  severity: Severity;
  message: string;
  path: Path;
  /**
   * The place in words (`Design: roles, Coordinator (R3), hours per month`), for text output;
   * `--json` keeps `path`. Set by the validator, which has the data that names list items.
   */
  where?: string;
  /** Point at the key rather than the value (an unknown or misspelt field). */
  atKey?: boolean;
  position?: Position;
  /** A section or list of the wrong shape: the findings that would follow from it are held back. */
  shapeBroken?: true;
}

/** `['inquire', 'goals', 0, 'byDate']` as people read it: `inquire.goals[0].byDate`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out;
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
