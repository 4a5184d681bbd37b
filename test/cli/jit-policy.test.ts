import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli.js';
import type { Deps } from '../../src/deps.js';
import { VALUE_OPTIONS, wantsOptimiser } from '../../src/jit-policy.js';

const deps: Deps = {
  cwd: process.cwd(),
  env: {},
  stdin: process.stdin,
  stdout: { write: () => true },
  stderr: { write: () => true },
  today: () => '2026-11-26',
};

/** Every flag of every command (and of copkit itself) that takes a value, as commander defines them. */
function valueFlags(command: Command): string[] {
  const own = command.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long].filter((f): f is string => f !== undefined));
  return [...own, ...command.commands.flatMap(valueFlags)];
}

describe('which options take a value (jit-policy.ts)', () => {
  it('agrees with the command definitions in cli.ts', () => {
    const defined = new Set(valueFlags(createProgram(deps, { exitCode: 0 })));
    expect([...VALUE_OPTIONS].sort()).toEqual([...defined].sort());
  });

  it('does not count the value of an option as a design file', () => {
    const files = Array.from({ length: 40 }, (_, i) => `c${i}/cop.yaml`);
    expect(wantsOptimiser(['render', ...files])).toBe(true);
    expect(wantsOptimiser(['render', ...files.slice(0, 31)])).toBe(false);
    expect(wantsOptimiser(['--file', 'render', 'status'])).toBe(false);
    expect(wantsOptimiser(['render', '--templates', 'pack', ...files.slice(0, 31)])).toBe(false);
  });
});
