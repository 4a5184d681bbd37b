import { UsageError } from './errors.js';
import type { Stream } from './io/output.js';
import { checkDate } from './model/values.js';

/**
 * What commands take from the outside world, injected so that tests can run them in-process
 * with their own streams, folder and clock.
 */
export interface Deps {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: Stream;
  stderr: Stream;
  /** Today's date as YYYY-MM-DD, in the user's time zone. */
  today: () => string;
  /** Aborted when the user asks copkit to stop (SIGTERM, a closed terminal, Ctrl-C between prompts). */
  signal?: AbortSignal;
}

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function processDeps(signal?: AbortSignal): Deps {
  return {
    ...(signal ? { signal } : {}),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    today: () => todayFrom(process.env, new Date()),
  };
}

/**
 * Today's date, or the one in COPKIT_TODAY (YYYY-MM-DD). The variable is for tests and for
 * rehearsing what `copkit status` will say on a given day; it is not in --help.
 */
export function todayFrom(env: NodeJS.ProcessEnv, now: Date): string {
  const fixed = env.COPKIT_TODAY;
  if (fixed === undefined || fixed === '') return localDate(now);
  if (checkDate(fixed) !== undefined) {
    throw new UsageError(`COPKIT_TODAY must be a date written YYYY-MM-DD, not ${JSON.stringify(fixed.slice(0, 40))}`, "Unset it to use today's date.");
  }
  return fixed;
}
