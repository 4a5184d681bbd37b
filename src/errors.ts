/**
 * Every failure copkit expects is one of these. Core code throws them; only `main.ts` turns them
 * into a message and an exit code (SPEC.md: 0 ok, 1 problems, 2 usage, 130 cancelled).
 */

export class CopkitError extends Error {
  readonly exitCode: number;
  /** A second line telling the user what to do next. */
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode ?? 1;
    this.hint = options.hint;
  }
}

/** Wrong command, flag or value, or input needed where there is no terminal. */
export class UsageError extends CopkitError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: 2, ...(hint === undefined ? {} : { hint }) });
  }
}

/** A position in a file, 1-based, as editors show it. */
export interface Position {
  line: number;
  column: number;
}

/** A file that cannot be read or understood: missing, unparsable, wrong format version. */
export class DocumentError extends CopkitError {
  readonly file: string;
  readonly position: Position | undefined;
  /** Where the message came from: `yaml`, `schema`, `template`... */
  readonly source: string;

  constructor(file: string, message: string, options: { position?: Position; source?: string; hint?: string; cause?: unknown } = {}) {
    super(message, options);
    this.file = file;
    this.position = options.position;
    this.source = options.source ?? 'copkit';
  }
}

/** The command ran, and what it found means failure (invalid document, lint errors, stale docs). */
export class ProblemsFound extends CopkitError {
  constructor(message: string, hint?: string) {
    super(message, { exitCode: 1, ...(hint === undefined ? {} : { hint }) });
  }
}

/** The user stopped the command (Ctrl-C, SIGTERM, a closed terminal). */
export class Cancelled extends CopkitError {
  constructor(message = 'Cancelled.', hint?: string) {
    super(message, { exitCode: 130, ...(hint === undefined ? {} : { hint }) });
  }
}

/** Something copkit did not expect: a bug or an environment problem. */
export class InternalError extends CopkitError {
  constructor(message: string, cause?: unknown) {
    super(message, {
      cause,
      hint: 'This looks like a bug in copkit. Run again with --debug and report what it prints.',
    });
  }
}
