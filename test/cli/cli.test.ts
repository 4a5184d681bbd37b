import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/tmp.js';

const ANSI = /\u001b\[/;

function dirWithError(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), 'copkit: 1\nsetup:\n  organizationType: 12\n');
  return dir;
}

describe('the command line', () => {
  it('rejects an unknown flag in one line with exit 2', async () => {
    const result = await runIn(tempDir(), ['check', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: unknown option '--bogus'\n");
  });

  it('rejects an unknown command with exit 2 and suggests the closest one', async () => {
    const result = await runIn(tempDir(), ['chek']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: unknown command 'chek'");
    expect(result.stderr).toContain('(Did you mean check?)');
  });

  it('shows the commands with --help (exit 0) and without a command (exit 2)', async () => {
    const help = await runIn(tempDir(), ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Commands:\n(.|\n)*status(.|\n)*check(.|\n)*schema/);
    const bare = await runIn(tempDir(), []);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: copkit');
  });

  it('prints a stack trace only with --debug', async () => {
    const dir = tempDir();
    const plain = await runIn(dir, ['check', '--file', 'missing.yaml']);
    expect(plain.stderr).toBe('error: missing.yaml not found\nhint: Run `copkit init` to start a design here, or name another file with --file.\n');
    const debug = await runIn(dir, ['check', '--file', 'missing.yaml', '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/ENOENT(.|\n)*\n\s+at /);
  });

  it('uses no colour when output is not a terminal', async () => {
    const result = await runIn(dirWithError(), ['check']);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain('error');
  });
});
