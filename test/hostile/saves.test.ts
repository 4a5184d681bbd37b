import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { SPARSE } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

function design(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), SPARSE);
  writeFileSync(join(dir, 'a.yaml'), 'inquire:\n  domain: Copiers, printers and scanners.\n');
  return dir;
}

describe('saving cop.yaml never loses or replaces what it must not', () => {
  it('a hand edit saved while copkit writes its temporary file is kept, and the save refused (finding 2)', async () => {
    const dir = design();
    const path = join(dir, 'cop.yaml');
    const file = await CopFile.load(path, 'cop.yaml');
    file.set(['inquire', 'domain'], 'Mine');
    const save = file.save('2026-11-26', { hooks: { beforeRename: () => appendFileSync(path, '# a note typed meanwhile\n') } });
    await expect(save).rejects.toThrow('cop.yaml was changed by someone else while copkit was working; copkit did not overwrite it');
    expect(readFileSync(path, 'utf8')).toBe(`${SPARSE}# a note typed meanwhile\n`);
  });

  it('a FIFO named cop.yaml.lock is refused at once instead of hanging (finding 6)', async () => {
    const dir = design();
    execFileSync('mkfifo', [join(dir, 'cop.yaml.lock')]);
    const result = await runIn(dir, ['stage', 'inquire', '--answers', 'a.yaml', '--yes']);
    expect(result.stderr).toContain('error: cop.yaml.lock is in the way: it is not a lock file copkit made (not a regular file)\nhint: Remove cop.yaml.lock and run the command again.\n');
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(SPARSE);
  });

  it('a read-only cop.yaml is not replaced (finding 17)', async () => {
    const dir = design();
    chmodSync(join(dir, 'cop.yaml'), 0o444);
    const result = await runIn(dir, ['stage', 'inquire', '--answers', 'a.yaml', '--yes']);
    expect(result.stderr).toContain(
      'could not save cop.yaml: the file is read-only, and copkit does not replace a read-only file (make it writable to let copkit save it); the file on disk is unchanged',
    );
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(SPARSE);
    expect(lstatSync(join(dir, 'cop.yaml')).mode & 0o777).toBe(0o444);
  });

  it('init does not replace a dangling symbolic link given as --file (finding 17)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'setup:\n  communityName: Guild\n');
    symlinkSync(join(dir, 'missing', 'cop.yaml'), join(dir, 'link.yaml'));
    const result = await runIn(dir, ['--file', 'link.yaml', 'init', '--answers', 'a.yaml', '--yes']);
    expect(result.stderr).toMatch(/link\.yaml/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(1);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe(join(dir, 'missing', 'cop.yaml'));
  });
});
