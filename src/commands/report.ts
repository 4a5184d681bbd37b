/**
 * The one reporter: the only code that writes to stdout and stderr (main.ts aside). A command
 * returns a `Result` (data and an exit code); the command's view, kept beside it in
 * `<command>-messages.ts`, words the data as lines; the reporter writes them. Data goes to
 * stdout, messages to stderr, colour only where the stream can show it (io/output.ts).
 */
import type { ChalkInstance } from 'chalk';
import type { Deps } from '../deps.js';
import { formatError } from '../format-error.js';
import { createOutput, printable } from '../io/output.js';
import type { GlobalOptions } from '../options.js';

/** Text for one stream, ending in its own line break. */
export interface Line {
  to: 'stdout' | 'stderr';
  text: string;
}

/** Colours for text on each stream; plain where colour is off. */
export interface Style {
  out: ChalkInstance;
  err: ChalkInstance;
}

/** A command's words for its data (or a part of it), as the lines to print in order. */
export type View<T> = (data: T, style: Style) => Line[];

/** What a command hands back. */
export interface Result<T> {
  exitCode: number;
  data: T;
  /** An error that ended the command after `data` was formed: thrown once `data` is printed. */
  failure?: unknown;
}

/** Prints for a command; given to it in `CommandDeps` for what must be shown before it ends. */
export interface Reporter {
  readonly style: Style;
  /** Print (part of) a result now: a long run's progress, or what must come before a prompt. */
  show<T>(view: View<T>, data: T): void;
}

/** What a command takes: the outside world, and the reporter to print through. */
export interface CommandDeps extends Deps {
  reporter: Reporter;
}

export const out = (text: string): Line => ({ to: 'stdout', text: `${text}\n` });
export const err = (text: string): Line => ({ to: 'stderr', text: `${text}\n` });
/** The stable JSON form of a result, on stdout. */
export const json = (value: unknown): Line => out(JSON.stringify(value, null, 2));

/**
 * Write text (also commander's help and usage messages), with every control character from a file
 * or argument made visible; `keepColor` keeps the colour codes of copkit's own styling.
 */
export function write(deps: Pick<Deps, 'stdout' | 'stderr'>, to: Line['to'], text: string, keepColor = false): void {
  deps[to].write(printable(text, keepColor));
}

export function createReporter(options: Pick<GlobalOptions, 'color'>, deps: Deps): Reporter {
  const output = createOutput(deps.stdout, deps.stderr, deps.env, options.color ? undefined : false);
  const style: Style = { out: output.outColor, err: output.color };
  return {
    style,
    show(view, data) {
      for (const line of view(data, style)) write(deps, line.to, line.text, (line.to === 'stdout' ? style.out : style.err).level > 0);
    },
  };
}

/** Run a command and print its result; returns the exit code (a failure is thrown after). */
export async function present<T>(view: View<T>, reporter: Reporter, result: Promise<Result<T>>): Promise<number> {
  const { exitCode, data, failure } = await result;
  reporter.show(view, data);
  if (failure !== undefined) throw failure;
  return exitCode;
}

/** Print an error the way every command does, and return its exit code. */
export function reportError(error: unknown, options: { color: boolean | undefined; debug: boolean }, deps: Deps): number {
  const output = createOutput(deps.stdout, deps.stderr, deps.env, options.color);
  const { text, exitCode } = formatError(error, { debug: options.debug, color: output.color });
  if (text) write(deps, 'stderr', text, output.color.level > 0);
  return exitCode;
}
