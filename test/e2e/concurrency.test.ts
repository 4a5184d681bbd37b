import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { withFileLock } from '../../src/io/file-lock.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

async function bundleWriter(dir: string): Promise<string> {
  const out = join(dir, 'writer.mjs');
  await build({
    entryPoints: [join(repoRoot, 'test/fixtures/concurrent-writer.ts')],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return out;
}

function runWriter(script: string, file: string, name: string, rounds: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, file, name, String(rounds)], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', resolve);
  });
}

describe('two copkit processes on one cop.yaml', () => {
  it('never lose an update: every change either lands or is refused, never silently overwritten', async () => {
    const dir = tempDir();
    const file = join(dir, 'cop.yaml');
    writeFileSync(file, 'copkit: 1\n# Ground rules, added by several people at once.\ndesign:\n  norms: []\n');
    const writer = await bundleWriter(dir);
    const codes = await Promise.all([runWriter(writer, file, 'a', 15), runWriter(writer, file, 'b', 15), runWriter(writer, file, 'c', 15)]);
    expect(codes).toEqual([0, 0, 0]);
    const cop = await CopFile.load(file);
    const norms = cop.data.design?.norms ?? [];
    expect(norms).toHaveLength(45);
    expect(new Set(norms).size).toBe(45);
    expect(cop.data.revision).toBe(45);
    expect(readFileSync(file, 'utf8')).toContain('# Ground rules, added by several people at once.');
  });

  it('recovers a lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    const file = join(dir, 'cop.yaml');
    writeFileSync(file, 'copkit: 1\n');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('close', resolve));
    const { hostname } = await import('node:os');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: dead.pid, host: hostname() }));
    const cop = await CopFile.load(file);
    cop.set(['setup', 'communityName'], 'Tips');
    await cop.save('2026-11-26');
    expect((await CopFile.load(file)).data.setup?.communityName).toBe('Tips');
  });

  it('waits for a lock held by a live process, then says so instead of writing', async () => {
    const dir = tempDir();
    const file = join(dir, 'cop.yaml');
    writeFileSync(file, 'copkit: 1\n');
    const { hostname } = await import('node:os');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname() }));
    let ran = false;
    const attempt = withFileLock(
      file,
      'cop.yaml',
      async () => {
        ran = true;
      },
      { giveUpAfterMs: 300 },
    );
    await expect(attempt).rejects.toThrow('cop.yaml is being saved by another copkit process');
    expect(ran).toBe(false);
  });
});
