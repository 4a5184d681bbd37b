/**
 * What only a real copkit process shows: the `--version` fast path, colour on a real terminal,
 * a stdin pipe that stays open, the time zone and locale the process starts with, and a refusal
 * drawn on a terminal. Everything else about commands is tested in-process (test/helpers/in-process.ts).
 */
import { spawn as spawnPty } from '@lydell/node-pty';
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copkitBin, runCli } from '../helpers/cli.js';
import { hostileCase } from '../helpers/hostile-cases.js';
import { PtySession } from '../helpers/pty.js';
import { copyExample, snapshotTree, tempDir } from '../helpers/tmp.js';

const ANSI = /\u001b\[/;

/** Run copkit in a real terminal and collect what it prints. */
function inTerminal(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; screen: string }> {
  return new Promise((resolve) => {
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...inherited } = process.env;
    const term = spawnPty(process.execPath, [copkitBin, ...args], {
      cols: 200,
      rows: 40,
      cwd,
      env: { ...inherited, TERM: 'xterm-256color', ...env } as Record<string, string>,
    });
    let screen = '';
    term.onData((d) => {
      screen += d;
    });
    term.onExit(({ exitCode }) => resolve({ code: exitCode, screen }));
  });
}

function dirWithError(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), 'copkit: 1\nsetup:\n  organizationType: 12\n');
  return dir;
}

describe('the command line', () => {
  it('prints its version', async () => {
    const result = await runCli(['--version'], { cwd: tempDir() });
    expect(result).toMatchObject({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });

  it('colours findings on a terminal, and not with NO_COLOR or --no-color', async () => {
    const dir = dirWithError();
    const coloured = await inTerminal(['check'], dir);
    expect(coloured.code).toBe(1);
    expect(coloured.screen).toMatch(/\u001b\[31merror/);
    const noColor = await inTerminal(['check'], dir, { NO_COLOR: '1' });
    expect(noColor.screen).toContain('error');
    expect(noColor.screen).not.toMatch(ANSI);
    const flag = await inTerminal(['check', '--no-color'], dir);
    expect(flag.screen).not.toMatch(ANSI);
  });
});

describe('no terminal', () => {
  it('does not wait on an open pipe that never sends anything', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, [copkitBin, 'init'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, CI: '' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    // A hang guard only: copkit answers at once; the ceiling is for a machine under heavy load.
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    child.stdin.destroy();
    expect(code).toBe(2);
    expect(stderr).toContain('--answers FILE');
  });
});

describe('copkit render', () => {
  /** A copy of the example without its committed docs, so that a render starts from nothing. */
  function freshExample(): string {
    const dir = copyExample('field-service-technicians');
    rmSync(join(dir, 'docs'), { recursive: true, force: true });
    return dir;
  }

  it('gives byte-identical files whatever the time zone and locale', async () => {
    const a = freshExample();
    const b = freshExample();
    await runCli(['render'], { cwd: a, env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
    await runCli(['render'], { cwd: b, env: { TZ: 'America/Adak', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' } });
    expect(snapshotTree(join(a, 'docs'))).toEqual(snapshotTree(join(b, 'docs')));
  });
});

describe('the interactive wizard refuses too (slow)', () => {
  let t: PtySession | undefined;
  afterEach(() => t?.dispose());

  it('copkit init on a terminal names the error and asks nothing', async () => {
    const hostile = hostileCase('a date that does not exist');
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), hostile.content);
    const before = snapshotTree(dir);
    t = new PtySession(['init'], { cwd: dir });
    expect((await t.exited).exitCode).toBe(1);
    const lines = t.output().split(/\r?\n/);
    expect(lines).toContainEqual(expect.stringMatching(hostile.line));
    expect(t.output()).not.toContain('?');
    expect(snapshotTree(dir)).toEqual(before);
  });
});
