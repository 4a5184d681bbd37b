/**
 * Whether a run is long enough for V8's optimising compiler to pay for itself. Most commands live
 * for a fraction of a second, and optimising yaml's parser costs them more than it saves (main.ts).
 * Rendering many designs in one run is the exception: the same parsing and rendering code runs
 * for every design. Measured with copies of the field-service example (--dry-run, 2 cores): 16
 * designs took 1.2 s without the optimiser and 1.3 s with it; 64 took 3.7 s and 2.3 s; 256 took
 * 13.6 s and 7.3 s.
 */

/**
 * Options of copkit that take a value, so that the value is not taken for a file name. A copy of
 * what cli.ts defines (reading it from commander here would load it before this decision):
 * test/cli/jit-policy.test.ts fails when the two disagree.
 */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set(['-f', '--file', '--dir', '--answers', '-o', '--out', '--only', '--templates', '--to', '--format', '--jobs']);

/** From this many designs on, a render runs with the optimiser (measured break-even: between 16 and 64 designs). */
export const OPTIMISE_FROM = 32;

export function wantsOptimiser(argv: readonly string[]): boolean {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUE_OPTIONS.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  // `status` over many designs (the portfolio) renders each one in memory: the same case.
  return (words[0] === 'render' || words[0] === 'status') && words.length - 1 >= OPTIMISE_FROM;
}
