import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { copkitBin, runCli } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

const ANSI = /\u001b\[/;

/** Run copkit in a real terminal and collect what it prints. */
function inTerminal(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; screen: string }> {
  return new Promise((resolve) => {
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...inherited } = process.env;
    const term = spawn(process.execPath, [copkitBin, ...args], {
      cols: 200, rows: 40, cwd, env: { ...inherited, TERM: 'xterm-256color', ...env } as Record<string, string>,
    });
    let screen = '';
    term.onData((d) => { screen += d; });
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

  it('rejects an unknown flag in one line with exit 2', async () => {
    const result = await runCli(['check', '--bogus'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: unknown option '--bogus'\n");
  });

  it('rejects an unknown command with exit 2 and suggests the closest one', async () => {
    const result = await runCli(['chek'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: unknown command 'chek'");
    expect(result.stderr).toContain('(Did you mean check?)');
  });

  it('shows the commands with --help (exit 0) and without a command (exit 2)', async () => {
    const help = await runCli(['--help'], { cwd: tempDir() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Commands:\n(.|\n)*status(.|\n)*check(.|\n)*schema/);
    const bare = await runCli([], { cwd: tempDir() });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: copkit');
  });

  it('prints a stack trace only with --debug', async () => {
    const dir = tempDir();
    const plain = await runCli(['check', '--file', 'missing.yaml'], { cwd: dir });
    expect(plain.stderr).toBe('error: missing.yaml not found\nhint: Run `copkit init` to start a design here, or name another file with --file.\n');
    const debug = await runCli(['check', '--file', 'missing.yaml', '--debug'], { cwd: dir });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/ENOENT(.|\n)*\n\s+at /);
  });

  it('uses no colour when output is not a terminal', async () => {
    const result = await runCli(['check'], { cwd: dirWithError() });
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain('error');
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
