/**
 * The process boundary: the only module that reads process.argv, sets the exit code and handles
 * signals. Everything else is reachable in-process through `run`.
 */
import { copkitVersion } from './version.js';

const argv = process.argv.slice(2);

// `--version` is answered before anything heavy is loaded: scripts call it to probe for copkit.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${copkitVersion()}\n`);
} else {
  const { run } = await import('./run.js');
  const { processDeps } = await import('./deps.js');
  process.exitCode = await run(argv, processDeps());
}
