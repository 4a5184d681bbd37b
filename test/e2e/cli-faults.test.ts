/**
 * Faults while an unattended command saves cop.yaml, through the real, built copkit: a full disk
 * (injected at a chosen write, and a real one on a small tmpfs where the test may mount one), a
 * folder copkit may not write, a cop.yaml that is a symbolic link. The previous file stays whole,
 * and the message says what was saved, what was not, and how to apply the rest.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { COP_YAML_WRITES, failingWrites, readOnlyRunner } from '../helpers/faults.js';
import { tempDir } from '../helpers/tmp.js';

const DESIGN = '# Our design\ncopkit: 1\nrevision: 1\nsetup:\n  communityName: Copier Tips\n';
const ANSWERS = 'setup:\n  organizationType: corporate\n  facilitatorName: Ana Lima\n';

function folder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), DESIGN);
  writeFileSync(join(dir, 'answers.yaml'), ANSWERS);
  return dir;
}

describe('a full disk while copkit stage saves', () => {
  it('keeps cop.yaml whole, keeps the answers beside it, and the command it names applies them', async () => {
    const dir = folder();
    const result = await runCli(['stage', 'setup', '--answers', 'answers.yaml'], { cwd: dir, env: failingWrites('ENOSPC:1', COP_YAML_WRITES) });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'error: could not save cop.yaml: the disk is full; the file on disk is unchanged',
        'Not saved: Setup: kind of organisation; Setup: facilitator.',
        'They are kept in cop.yaml.pending.yaml.',
        'cop.yaml is whole and as it was before this command.',
        'hint: Free some disk space, then run `copkit stage setup --answers cop.yaml.pending.yaml` to save them and carry on; delete cop.yaml.pending.yaml afterwards.',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(DESIGN);
    expect(
      readdirSync(dir)
        .filter((f) => f !== 'cop.schema.json')
        .sort(),
    ).toEqual(['answers.yaml', 'cop.yaml', 'cop.yaml.pending.yaml']);
    expect(parse(readFileSync(join(dir, 'cop.yaml.pending.yaml'), 'utf8'))).toEqual(parse(ANSWERS));

    const applied = await runCli(['stage', 'setup', '--answers', 'cop.yaml.pending.yaml'], { cwd: dir });
    expect(applied.code).toBe(0);
    const text = readFileSync(join(dir, 'cop.yaml'), 'utf8');
    expect(parse(text)).toMatchObject({ revision: 2, setup: { communityName: 'Copier Tips', organizationType: 'corporate', facilitatorName: 'Ana Lima' } });
    expect(text).toContain('# Our design');
  });

  it('prints the answers when not even they can be kept on the disk', async () => {
    const dir = folder();
    const result = await runCli(['init', '--answers', 'answers.yaml', '--yes'], { cwd: dir, env: failingWrites('ENOSPC:1+') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('They could not be kept in a file either; here they are, as --answers takes them:\n  setup:\n    organizationType: corporate\n    facilitatorName: Ana Lima\n');
    expect(result.stderr).toContain('hint: Free some disk space, then save the lines above to a file and run `copkit init --answers <that file> --yes`, or give them again.');
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(DESIGN);
    expect(
      readdirSync(dir)
        .filter((f) => f !== 'cop.schema.json')
        .sort(),
    ).toEqual(['answers.yaml', 'cop.yaml']);
  });
});

describe('a real full disk (a 64 KiB tmpfs; needs root and permission to mount)', () => {
  const mounts: string[] = [];
  afterEach(() => {
    while (mounts.length) execFileSync('umount', [mounts.pop()!]);
  });

  function smallDisk(): string | undefined {
    const dir = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      return undefined;
    }
    mounts.push(dir);
    return dir;
  }

  it('refuses to save, leaves cop.yaml and the disk as they were, and shows the answers', async (context) => {
    const disk = smallDisk();
    if (!disk) return context.skip('cannot mount a tmpfs here; the injected full disk above covers the same path');
    writeFileSync(join(disk, 'cop.yaml'), DESIGN);
    const answers = join(tempDir(), 'answers.yaml');
    writeFileSync(answers, ANSWERS);
    try {
      writeFileSync(join(disk, 'filler'), Buffer.alloc(1024 * 1024));
    } catch {
      // ENOSPC: the disk is now as full as it gets.
    }
    const before = readdirSync(disk).sort();
    const result = await runCli(['stage', 'setup', '--answers', answers], { cwd: disk });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: could not save cop\.yaml: the disk is full; the file on disk is unchanged\n/);
    expect(result.stderr).toContain('here they are, as --answers takes them:\n  setup:\n    organizationType: corporate\n');
    expect(readFileSync(join(disk, 'cop.yaml'), 'utf8')).toBe(DESIGN);
    expect(readdirSync(disk).sort()).toEqual(before); // no temporary, lock or half-written file
  });
});

describe.skipIf(readOnlyRunner === undefined)('a folder copkit may read but not write', () => {
  // As root (CI), copkit runs as nobody through setpriv, since root ignores permission bits.
  it('says so in one line, changes nothing and shows the answers it could not save', async () => {
    const dir = folder();
    readOnlyRunner!.lock(dir);
    try {
      const result = await runCli(['stage', 'setup', '--answers', 'answers.yaml'], { cwd: dir, prefix: readOnlyRunner!.prefix });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        [
          'error: could not save cop.yaml: no permission to write in its folder; the file on disk is unchanged',
          'Not saved: Setup: kind of organisation; Setup: facilitator.',
          'They could not be kept in a file either; here they are, as --answers takes them:',
          '  setup:',
          '    organizationType: corporate',
          '    facilitatorName: Ana Lima',
          'cop.yaml is whole and as it was before this command.',
          'hint: Make the folder of cop.yaml writable for you, then save the lines above to a file and run `copkit stage setup --answers <that file>`, or give them again.',
          '',
        ].join('\n'),
      );
      // A run with nothing to save needs no write at all, not even of the lock: it succeeds.
      const nothing = await runCli(['stage', 'setup', '--yes'], { cwd: dir, prefix: readOnlyRunner!.prefix });
      expect(nothing.code).toBe(0);
      expect(nothing.stderr).toContain('Nothing to change: cop.yaml already holds these answers.');
    } finally {
      execFileSync('chmod', ['755', dir]);
    }
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(DESIGN);
    expect(
      readdirSync(dir)
        .filter((f) => f !== 'cop.schema.json')
        .sort(),
    ).toEqual(['answers.yaml', 'cop.yaml']);
  });
});

describe('a cop.yaml that is a symbolic link', () => {
  it('is written through: the link stays, its target gets the answers, nothing else appears', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'design.yaml'), DESIGN);
    symlinkSync(join('shared', 'design.yaml'), join(dir, 'cop.yaml'));
    writeFileSync(join(dir, 'answers.yaml'), ANSWERS);
    const result = await runCli(['stage', 'setup', '--answers', 'answers.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'cop.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'cop.yaml'))).toBe(join('shared', 'design.yaml'));
    expect(parse(readFileSync(join(dir, 'shared', 'design.yaml'), 'utf8'))).toMatchObject({ revision: 2, setup: { facilitatorName: 'Ana Lima' } });
    expect(readdirSync(join(dir, 'shared'))).toEqual(['design.yaml']);
    expect(
      readdirSync(dir)
        .filter((f) => f !== 'cop.schema.json')
        .sort(),
    ).toEqual(['answers.yaml', 'cop.yaml', 'shared']);
  });
});
