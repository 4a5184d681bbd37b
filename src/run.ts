import { createProgram } from './cli.js';
import { reportError } from './commands/report.js';
import type { Deps } from './deps.js';

/** Run copkit with these arguments and return the exit code; never throws, never exits. */
export async function run(argv: readonly string[], deps: Deps): Promise<number> {
  const state = { exitCode: 0 };
  const program = createProgram(deps, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    return reportError(error, { color: argv.includes('--no-color') ? false : undefined, debug: argv.includes('--debug') }, deps);
  }
}
