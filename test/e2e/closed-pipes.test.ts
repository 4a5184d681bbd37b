/**
 * A reader that goes away early (`copkit status | head -1`) or a closed stderr: copkit finishes
 * quietly with its own exit code, never a stack trace. This is process-boundary behaviour
 * (main.ts), so the built CLI is spawned; each stream is closed before copkit writes to it.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copkitBin, repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  other: string;
}

/** Run copkit with `closed` ('stdout' or 'stderr') shut at once; collect the other stream. */
function runClosed(args: readonly string[], cwd: string, closed: 'stdout' | 'stderr'): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [copkitBin, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child[closed]!.destroy();
    let other = '';
    child[closed === 'stdout' ? 'stderr' : 'stdout']!.setEncoding('utf8').on('data', (d: string) => {
      other += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, other }));
  });
}

/** Two examples side by side, for single and batch commands. */
function workspace(): string {
  const dir = tempDir();
  for (const name of ['field-service-technicians', 'secretaires-de-mairie', 'packs']) {
    cpSync(join(repoRoot, 'examples', name), join(dir, name), { recursive: true });
  }
  cpSync(join(dir, 'field-service-technicians', 'cop.yaml'), join(dir, 'cop.yaml'));
  return dir;
}

const commands: string[][] = [
  ['status'],
  ['status', '--json'],
  ['check'],
  ['check', '--json'],
  ['schema'],
  ['templates', 'list'],
  ['templates', 'list', '--json'],
  ['render', '--dry-run'],
  ['render', '--dry-run', 'field-service-technicians/cop.yaml', 'secretaires-de-mairie/cop.yaml'],
  ['--help'],
];

describe('a closed stdout stops nothing and prints no stack trace', () => {
  it.each(commands.map((args) => [args.join(' '), args] as const))('copkit %s', async (_name, args) => {
    const result = await runClosed(args, workspace(), 'stdout');
    expect(result.other).not.toMatch(/EPIPE|error|\n\s+at /);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
  });
});

describe('a closed stderr stops nothing and prints no stack trace', () => {
  it('a batch render still writes every file and exits 0', async () => {
    const dir = workspace();
    const result = await runClosed(['render', 'field-service-technicians/cop.yaml', 'secretaires-de-mairie/cop.yaml', '--force'], dir, 'stderr');
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'secretaires-de-mairie', 'docs', 'charter.md'))).toBe(true);
  });

  it('init --answers --yes saves, exits 0 and leaves no lock (finding 9)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'setup:\n  communityName: Guild\n');
    const result = await runClosed(['init', '--answers', 'a.yaml', '--yes'], dir, 'stderr');
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'cop.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'cop.yaml.lock'))).toBe(false);
  });

  it('check --json with findings keeps its exit code 1 and its JSON on stdout', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), 'copkit: 1\nrevision: 1\nsetup:\n  communityName: Guild\nstagse: 1\n');
    const result = await runClosed(['check', '--json', '--strict'], dir, 'stderr');
    expect(result.code).toBe(1);
    expect(() => JSON.parse(result.other)).not.toThrow();
  });
});

describe('a full disk under stdout is one line and exit 1 (finding 9)', () => {
  it.skipIf(!existsSync('/dev/full'))('copkit status > /dev/full', async () => {
    const { openSync, closeSync } = await import('node:fs');
    const full = openSync('/dev/full', 'w');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [copkitBin, 'status'], { cwd: workspace(), env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
      });
      child.on('close', (code) => resolve({ code, stderr }));
    });
    closeSync(full);
    expect(result.stderr).toBe('error: the output could not be written (no space left on the device); what was printed is incomplete\n');
    expect(result.code).toBe(1);
  });
});
