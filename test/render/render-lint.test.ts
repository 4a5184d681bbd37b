import { spawn } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { copyExample, tempDir } from '../helpers/tmp.js';
import { HOSTILE, SPARSE } from '../helpers/fixtures.js';

const markdownlint = join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

/** Run markdownlint-cli2 with its default rules (no configuration file anywhere above `cwd`). */
function lint(cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [markdownlint, '**/*.md'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('generated Markdown', () => {
  it('passes markdownlint with its default rules: the examples, a draft and hostile answers', async () => {
    const root = tempDir();
    const example = copyExample('field-service-technicians');
    rmSync(join(example, 'docs'), { recursive: true, force: true });
    expect((await runIn(example, ['render'])).code).toBe(0);
    cpSync(join(example, 'docs'), join(root, 'example'), { recursive: true });
    for (const [name, yaml] of [
      ['sparse', SPARSE],
      ['hostile', HOSTILE],
    ] as const) {
      const dir = tempDir();
      writeFileSync(join(dir, 'cop.yaml'), yaml);
      expect((await runIn(dir, ['render'])).code).toBe(0);
      cpSync(join(dir, 'docs'), join(root, name), { recursive: true });
    }
    // The example rendered with a template pack (its committed documents; examples.test.ts keeps them current).
    cpSync(join(repoRoot, 'examples/secretaires-de-mairie/docs'), join(root, 'with-pack'), { recursive: true });
    const clean = await lint(root);
    expect(clean.output).toMatch(/Linting: [4-6][0-9] file\(s\)/);
    expect(clean.output).toContain('Summary: 0 error(s)');
    expect(clean.code).toBe(0);

    // The same run reports a rule broken on purpose: the linter really runs with its defaults.
    writeFileSync(join(root, 'control.md'), '# Control\n\nA line that ends with a space. \n');
    const control = await lint(root);
    expect(control.output).toContain('control.md:3:31 error MD009/no-trailing-spaces');
    expect(control.code).toBe(1);
    expect(readdirSync(root).sort()).toEqual(['control.md', 'example', 'hostile', 'sparse', 'with-pack']);
  });
});
