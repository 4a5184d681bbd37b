/**
 * A save puts back the original layout of the lines it did not change, checking each such unit
 * on its own rather than re-parsing the whole file: a layout that would change what a value means
 * is never put back, and one that does not is kept across many saves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../src/document/cop-file.js';
import { repoRoot } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

function design(edit: (text: string) => string): string {
  const path = join(tempDir(), 'cop.yaml');
  writeFileSync(path, edit(readFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), 'utf8')));
  return path;
}

describe('saving keeps the original layout only where it means the same', () => {
  it('never puts back spacing inside a quoted value that the answer changed', async () => {
    const path = design((t) => t.replace('communityName: Copier Tips', 'communityName: "Copier  Tips"  # two spaces'));
    const file = await CopFile.load(path);
    file.set(['setup', 'communityName'], 'Copier Tips');
    await file.save('2026-12-01');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('  communityName: "Copier Tips" # two spaces\n');
    expect((await CopFile.load(path)).data.setup?.communityName).toBe('Copier Tips');
  });

  it('keeps a folded answer and a padded comment as written, save after save', async () => {
    const path = design((t) => t.replace('communityName: Copier Tips', 'communityName: >-   # the name\n    Copier\n    Tips'));
    const file = await CopFile.load(path);
    for (let i = 1; i <= 3; i++) {
      file.set(['inquire', 'domain'], `Purpose number ${i}.`);
      await file.save('2026-12-01');
      const text = readFileSync(path, 'utf8');
      expect(text).toContain('communityName: >-   # the name\n    Copier\n    Tips\n');
      const again = await CopFile.load(path);
      expect(again.data.setup?.communityName).toBe('Copier Tips');
      expect(again.data.inquire?.domain).toBe(`Purpose number ${i}.`);
    }
  });
});
