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

/**
 * Control characters a terminal acts on (C0 but tab and line feed, DEL, C1) and the bidi controls
 * that reorder what is shown. Text from files (an unknown key, a community name, a pack's name, an
 * excerpt of a YAML line) must not recolour, retitle or clear the terminal, nor move the cursor
 * back over a `file:line:col` with a carriage return.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The colour codes copkit's own styling writes (chalk at level 1: `ESC[31m`, `ESC[39m`). */
const OWN_COLOR = /\u001b\[\d{1,2}m/g;

/**
 * Text as it is safe to print: every such character shown as `\u001b` (the way JSON writes it, so
 * JSON output stays valid JSON). With `keepColor`, copkit's own colour codes are kept.
 */
export function printable(text: string, keepColor = false): string {
  const shown = (part: string) => part.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (!keepColor) return shown(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(OWN_COLOR)) {
    out += shown(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + shown(text.slice(last));
}
