/**
 * Where commands print, and whether they may use colour. Data goes to stdout; messages and
 * prompts go to stderr. Colour only on a terminal, never with NO_COLOR or --no-color
 * (chalk alone ignores NO_COLOR, ENGINEERING.md 2.6).
 */
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';

export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Output {
  stdout: Stream;
  stderr: Stream;
  /** Colours for text on stderr; plain when colour is off. */
  color: ChalkInstance;
  /** Colours for text on stdout. */
  outColor: ChalkInstance;
}

function wantsColor(stream: Stream, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function createOutput(stdout: Stream, stderr: Stream, env: NodeJS.ProcessEnv, colorFlag?: boolean): Output {
  const level = (stream: Stream) => (wantsColor(stream, env, colorFlag) ? 1 : 0);
  return { stdout, stderr, color: new Chalk({ level: level(stderr) }), outColor: new Chalk({ level: level(stdout) }) };
}
