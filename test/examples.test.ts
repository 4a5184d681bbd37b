import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers/cli.js';
import { copyExample, snapshotTree } from './helpers/tmp.js';

const examples = readdirSync(join(repoRoot, 'examples'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe('examples', () => {
  it.each(examples)('%s: the committed docs/ are what copkit renders now', async (name) => {
    const dir = copyExample(name);
    const before = snapshotTree(dir);
    const result = await runCli(['render', '--check'], { cwd: dir });
    expect(result.stderr).not.toMatch(/ (create|update|remove|keep|conflict) /);
    expect(result.code, `${result.stderr}\nRun \`copkit render --file examples/${name}/cop.yaml\` and commit docs/.`).toBe(0);
    expect(snapshotTree(dir)).toEqual(before);
  });
});
