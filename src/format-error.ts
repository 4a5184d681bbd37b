import type { ChalkInstance } from 'chalk';
import { Cancelled, CopkitError, DocumentError, InternalError } from './errors.js';

interface CommanderLike {
  code: string;
  exitCode: number;
}

function isCommanderError(error: unknown): error is Error & CommanderLike {
  return error instanceof Error && typeof (error as Partial<CommanderLike>).code === 'string' && (error as Partial<CommanderLike>).code!.startsWith('commander.');
}

/**
 * The one place an error becomes what the user reads and an exit code: one line (a second for a
 * hint), the stack only with --debug.
 */
export function formatError(error: unknown, options: { debug: boolean; color: ChalkInstance }): { text: string; exitCode: number } {
  const { color } = options;
  if (isCommanderError(error)) {
    // commander has already printed its own one-line message (or the help text).
    const done = ['commander.helpDisplayed', 'commander.version'].includes(error.code);
    return { text: '', exitCode: done ? 0 : 2 };
  }
  const known = knownError(error);
  if (known instanceof Cancelled) {
    // Stopping on purpose is not an error: say what happened and how to carry on, nothing more.
    // The blank line sets the message apart from the prompt it interrupted.
    return { text: `\n${known.message}\n${known.hint ? `${known.hint}\n` : ''}`, exitCode: known.exitCode };
  }
  let text = `${errorHeadline(known, color)}\n`;
  if (known.hint) text += `${color.dim('hint:')} ${known.hint}\n`;
  if (options.debug) text += `${errorStack(known)}\n`;
  return { text, exitCode: known.exitCode };
}

/** The error as copkit words it: one of its own, or anything else as an unexpected error. */
export function knownError(error: unknown): CopkitError {
  return error instanceof CopkitError ? error : new InternalError(`unexpected error: ${errorMessage(error)}`, error);
}

/** The first line: `file:line:col  error  <message>  <source>` where there is a place, else `error: <message>`. */
export function errorHeadline(known: CopkitError, color: ChalkInstance): string {
  if (known instanceof DocumentError && known.position) {
    const where = `${known.file}:${known.position.line}:${known.position.column}`;
    return `${where}  ${color.red('error')}  ${known.message}  ${color.dim(known.source)}`;
  }
  return `${color.red('error:')} ${known.message}`;
}

/** The stack trace shown with --debug: of the error's cause when it wraps another. */
export function errorStack(known: CopkitError): string {
  return stackOf(known.cause ?? known);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function stackOf(error: unknown): string {
  return error instanceof Error && error.stack ? error.stack : String(error);
}
