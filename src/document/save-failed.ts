import { CopkitError, DocumentError } from '../errors.js';

/**
 * A save that did not happen; the file on disk is whatever it was before. `changed`: someone else
 * saved it since this command read it; `busy`: another copkit process held its lock too long;
 * `write`: the system refused the write (`code` says why: ENOSPC, EACCES...).
 */
export class SaveFailed extends DocumentError {
  /** The system's error code for a `write` failure. */
  readonly code: string | undefined;

  constructor(
    display: string,
    readonly reason: 'changed' | 'busy' | 'write',
    message: string,
    options: { hint?: string; cause?: unknown; code?: string } = {},
  ) {
    super(display, message, options);
    this.code = options.code;
  }
}

/** Why a save failed, in words; the file on disk is always the previous version. */
export function writeError(display: string, error: unknown): SaveFailed {
  if (error instanceof CopkitError) {
    // The lock stayed taken: another copkit process is saving, or one died on another machine.
    return new SaveFailed(display, 'busy', error.message, { ...(error.hint ? { hint: error.hint } : {}), cause: error });
  }
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new SaveFailed(display, 'write', `could not save ${display}: ${writeFailure(error)}; the file on disk is unchanged`, { cause: error, code });
}

/** Why the system refused a write, in words: `the disk is full`. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'no permission to write in its folder',
    EPERM: 'no permission to write in its folder',
    EROFS: 'its folder is on a read-only disk',
    EREADONLY: 'the file is read-only, and copkit does not replace a read-only file (make it writable to let copkit save it)',
    EDANGLING: 'it is a symbolic link to a file that does not exist (fix the link or remove it)',
  };
  return reasons[code] ?? `the system said ${code || String(error)}`;
}
