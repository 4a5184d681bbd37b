/**
 * The process boundary: the only module that reads process.argv (bin/copkit.js answers
 * `--version` alone before loading it), sets the exit code and handles
 * signals. Everything else is reachable in-process through `run`.
 */
import { getEventListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { ReadStream } from 'node:tty';
import { setFlagsFromString } from 'node:v8';
import { wantsOptimiser } from './jit-policy.js';

const argv = process.argv.slice(2);
/** The terminal went away (SIGHUP, or it vanished under a prompt). */
let hungUp = false;

// `--version` alone is answered by bin/copkit.js before this module loads; here through commander.
const readyHelp = helpAhead(argv);
if (readyHelp !== undefined) {
  // `--help` likewise: from the text the build printed ahead (scripts/build.mjs), same bytes.
  const outputFailure = watchOutput();
  await new Promise((done) => process.stdout.write(readyHelp, done));
  if (outputFailure.code) {
    process.exitCode = 1;
    reportOutputFailure(outputFailure.code);
  }
} else {
  // A copkit command lives for a fraction of a second. V8's optimising compiler spends more time
  // compiling yaml's parser than it saves in such a short run (measured: parsing the example
  // cop.yaml took 3x longer with it), so commands run on the interpreter and baseline compiler.
  // A render of many designs runs long enough to gain from it (jit-policy.ts). The choice has to
  // be made here, before any code runs: raising the limit again later has no effect (measured).
  if (!wantsOptimiser(argv)) setFlagsFromString('--max-opt=1');
  if (argv.includes('--debug')) process.setSourceMapsEnabled(true);
  const stop = new AbortController();
  handleStopSignals(stop);
  const outputFailure = watchOutput();
  const { run } = await import('./run.js');
  const { processDeps } = await import('./deps.js');
  const code = await run(argv, processDeps(stop.signal));
  // A write error arrives after the write: wait until stdout has taken everything.
  await new Promise((done) => process.stdout.write('', done));
  process.exitCode = code === 0 && outputFailure.code ? 1 : code;
  if (outputFailure.code) reportOutputFailure(outputFailure.code);
  if (hungUp) dieOfHangUp();
}

/**
 * The help for `copkit --help` or `copkit <command> --help` (or `-h`), as the build printed it;
 * undefined for anything else, or when running without the build's help.json.
 */
function helpAhead(args: readonly string[]): string | undefined {
  const asked = args.at(-1) === '--help' || args.at(-1) === '-h';
  if (!asked || args.length > 2 || (args.length === 2 && args[0]!.startsWith('-'))) return undefined;
  try {
    const help = JSON.parse(readFileSync(new URL('./help.json', import.meta.url), 'utf8')) as Record<string, string>;
    const key = args.length === 2 ? args[0]! : '';
    return Object.hasOwn(help, key) ? help[key] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A reader that goes away (`copkit status | head -1`) is no failure: the command finishes its work
 * (a render still writes every file) with its own exit code, and the rest of its output goes
 * nowhere. A closed or full stderr is ignored the same way: there is nobody to tell. Any other
 * failure to write stdout (a full disk under `> file`) is reported once, at the end, as exit 1.
 */
function watchOutput(): { code: string | undefined } {
  const failure: { code: string | undefined } = { code: undefined };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') failure.code ??= error.code ?? 'EIO';
  });
  process.stderr.on('error', () => undefined);
  return failure;
}

function reportOutputFailure(code: string): void {
  const reason = code === 'ENOSPC' ? 'no space left on the device' : code;
  process.stderr.write(`error: the output could not be written (${reason}); what was printed is incomplete\n`);
}

/**
 * SIGTERM, SIGHUP (the terminal closed) and a Ctrl-C outside a prompt stop a command the way
 * Ctrl-C in a prompt does: the wizard hears the abort, says what it saved and exits 130 (after
 * SIGHUP, it ends by that signal instead: see `dieOfHangUp`). A command that is not listening,
 * or a second signal, ends the process at once.
 */
function handleStopSignals(stop: AbortController): void {
  const numbers = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
  for (const name of Object.keys(numbers) as (keyof typeof numbers)[]) {
    process.on(name, () => {
      if (name === 'SIGHUP') noteHangUp();
      const end = (code: number) => (name === 'SIGHUP' ? dieOfHangUp() : process.exit(code));
      if (stop.signal.aborted) end(130);
      if (getEventListeners(stop.signal, 'abort').length === 0) end(128 + numbers[name]);
      stop.abort(name);
      setTimeout(() => end(130), 3000).unref();
    });
  }
  // A terminal closed under a prompt ends stdin before any SIGHUP arrives, and the prompt's attempt
  // to leave raw mode then throws EIO from inside an event handler: take that as the hang-up it is.
  const setRawMode = ReadStream.prototype.setRawMode;
  ReadStream.prototype.setRawMode = function setRawModeUnlessGone(this: ReadStream, mode: boolean) {
    try {
      return setRawMode.call(this, mode);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EIO') throw error;
      noteHangUp();
      if (!stop.signal.aborted) stop.abort('SIGHUP');
      setTimeout(dieOfHangUp, 3000).unref();
      return this;
    }
  };
}

function noteHangUp(): void {
  if (hungUp) return;
  hungUp = true;
  // Nobody is left to read the terminal; writing to it must not crash the exit.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
}

/**
 * End the process by SIGHUP itself, the conventional way to finish after a hang-up (a shell
 * reports 129). Exiting normally is not safe here: Node 20 restores the terminal's settings on
 * exit and aborts with a core dump when the terminal is gone (node::ResetStdio, measured).
 */
function dieOfHangUp(): never {
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
  // The default action of SIGHUP ends the process before this line; never reached.
  return process.exit(129);
}
