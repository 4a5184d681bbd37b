import { createProgram } from './cli.js';
import type { Deps } from './deps.js';
import { formatError } from './format-error.js';
import { createOutput } from './io/output.js';

/** Run copkit with these arguments and return the exit code; never throws, never exits. */
export async function run(argv: readonly string[], deps: Deps): Promise<number> {
  const state = { exitCode: 0 };
  const program = createProgram(deps, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    const noColor = argv.includes('--no-color');
    const output = createOutput(deps.stdout, deps.stderr, deps.env, noColor ? false : undefined);
    const { text, exitCode } = formatError(error, { debug: argv.includes('--debug'), color: output.color });
    if (text) deps.stderr.write(text);
    return exitCode;
  }
}
