import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { tempDir } from '../helpers/tmp.js';

const ORIGINAL = 'copkit: 1\n# our design\nsetup:\n  communityName: Copier Tips\n';

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

async function changed(path: string): Promise<CopFile> {
  const file = await CopFile.load(path, 'cop.yaml');
  file.set(['setup', 'facilitatorName'], 'Ana Lima');
  return file;
}

describe('faults while saving', () => {
  it('a full disk part-way through the write leaves the previous file whole, no temp file, and says so', async () => {
    const dir = tempDir();
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, ORIGINAL);
    const file = await changed(path);
    const save = file.save('2026-11-26', {
      hooks: {
        write: async (handle, bytes) => {
          await handle.write(bytes.subarray(0, 10)); // some bytes reach the disk, then it is full
          throw errnoError('ENOSPC');
        },
      },
    });
    await expect(save).rejects.toThrow('could not save cop.yaml: the disk is full; the file on disk is unchanged');
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(dir)).toEqual(['cop.yaml']);
  });

  it('a folder without write permission is reported and nothing changes', async () => {
    const dir = tempDir();
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, ORIGINAL);
    const file = await changed(path);
    const save = file.save('2026-11-26', {
      hooks: {
        write: async () => {
          throw errnoError('EACCES');
        },
      },
    });
    await expect(save).rejects.toThrow('could not save cop.yaml: no permission to write in its folder; the file on disk is unchanged');
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
  });

  it.skipIf(process.getuid?.() === 0)('a really read-only folder is reported and nothing changes', async () => {
    const dir = tempDir();
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, ORIGINAL);
    const file = await changed(path);
    chmodSync(dir, 0o555);
    try {
      await expect(file.save('2026-11-26')).rejects.toThrow(/could not save .*cop\.yaml: no permission to write/);
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL);
  });

  it('writes through a symbolic link to its target and keeps the link', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'shared'));
    const target = join(dir, 'shared', 'design.yaml');
    writeFileSync(target, ORIGINAL);
    const link = join(dir, 'cop.yaml');
    symlinkSync(join('shared', 'design.yaml'), link);
    await (await changed(link)).save('2026-11-26');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join('shared', 'design.yaml'));
    expect(readFileSync(target, 'utf8')).toContain('facilitatorName: Ana Lima');
    expect(readdirSync(join(dir, 'shared'))).toEqual(['design.yaml']);
  });

  it("keeps the file's permissions", async () => {
    const dir = tempDir();
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, ORIGINAL, { mode: 0o600 });
    chmodSync(path, 0o600);
    await (await changed(path)).save('2026-11-26');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
