/**
 * The fuzzer (Deliver 4): damaged copies of the example designs go through check, status and a
 * dry-run render in-process. Whatever the damage, copkit answers with exit 0, 1 or 2, no stack
 * trace and no "unexpected error", JSON that parses, a line and column together on every finding,
 * and (under `npm run fuzz`) within a time bound. `npm test` runs a fixed seed; `npm run fuzz` runs FUZZ_RUNS cases with a
 * random seed (or FC_SEED) and prints the seed to replay a failure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { fcSeed } from '../helpers/fc-seed.js';
import { tempDir } from '../helpers/tmp.js';
import { mutations } from './mutations.js';
import { runIn } from '../helpers/in-process.js';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const seed = process.env.FUZZ_RUNS && !process.env.FC_SEED ? Math.floor(Math.random() * 2 ** 31) : fcSeed;
/**
 * Far above what a case takes (milliseconds); a case near it means an unbounded cost. Checked only
 * by `npm run fuzz` (FUZZ_RUNS set): `npm test` must not fail because the machine is loaded.
 */
const CASE_BOUND_MS = 10_000;
const timeBound = process.env.FUZZ_RUNS !== undefined;

const examples = ['field-service-technicians', 'secretaires-de-mairie'].map((name) => readFileSync(join(repoRoot, 'examples', name, 'cop.yaml'), 'utf8'));

interface JsonFinding {
  line: number | null;
  column: number | null;
}

function assertClean(args: readonly string[], result: { code: number; stdout: string; stderr: string; ms: number }): void {
  const what = `copkit ${args.join(' ')}\n${result.stderr}`;
  expect([0, 1, 2], what).toContain(result.code);
  expect(result.stderr, what).not.toMatch(/\n\s+at |unexpected error|This looks like a bug/);
  if (timeBound) expect(result.ms, what).toBeLessThan(CASE_BOUND_MS);
  if (!args.includes('--json')) return;
  const json = JSON.parse(result.stdout) as { findings?: JsonFinding[]; warnings?: JsonFinding[]; error?: JsonFinding };
  for (const f of [...(json.findings ?? []), ...(json.warnings ?? []), ...(json.error ? [json.error] : [])]) {
    expect(f.line === null, what).toBe(f.column === null);
    if (f.line !== null) expect(f.line >= 1 && f.column! >= 1, what).toBe(true);
  }
}

describe('fuzzing the example designs', () => {
  it(
    `${runs} damaged designs are each answered cleanly (seed ${seed})`,
    async () => {
      const dir = tempDir();
      // The examples' pack is beside them in examples/; render.templates is dropped by the damage or resolves to nothing.
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...examples), mutations, fc.nat(2), async (example, changes, pick) => {
          const text = changes.reduce((t, change) => change(t), example);
          writeFileSync(join(dir, 'cop.yaml'), text);
          // The dry run costs most (it compiles the templates), so one case in three takes it.
          const commands = [['check', '--json'], ['status', '--json'], pick === 0 ? ['render', '--dry-run'] : ['check']];
          for (const args of commands) {
            assertClean(args, await runIn(dir, args));
          }
        }),
        {
          numRuns: runs,
          seed,
          verbose: 1,
          reporter: (details) => {
            if (details.failed) throw new Error(`fuzz failed; replay with FC_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz\n${fc.defaultReportMessage(details)}`);
          },
        },
      );
    },
    Math.max(600_000, runs * 400),
  );
});
