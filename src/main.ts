/**
 * The process boundary: the only module that reads process.argv, sets the exit code and handles
 * signals. Everything else is reachable in-process through `run`.
 */
import { setFlagsFromString } from 'node:v8';
import { wantsOptimiser } from './jit-policy.js';
import { copkitVersion } from './version.js';

const argv = process.argv.slice(2);

// `--version` is answered before anything heavy is loaded: scripts call it to probe for copkit.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${copkitVersion()}\n`);
} else {
  // A copkit command lives for a fraction of a second. V8's optimising compiler spends more time
  // compiling yaml's parser than it saves in such a short run (measured: parsing the example
  // cop.yaml took 3x longer with it), so commands run on the interpreter and baseline compiler.
  // A render of many designs runs long enough to gain from it (jit-policy.ts). The choice has to
  // be made here, before any code runs: raising the limit again later has no effect (measured).
  if (!wantsOptimiser(argv)) setFlagsFromString('--max-opt=1');
  if (argv.includes('--debug')) process.setSourceMapsEnabled(true);
  const { run } = await import('./run.js');
  const { processDeps } = await import('./deps.js');
  process.exitCode = await run(argv, processDeps());
}
