import { readFileSync, readlinkSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNewFile } from '../../src/io/create-new.js';
import { loadPackManifest, mergeStrings } from '../../src/render/pack.js';
import { writeFiles } from '../helpers/packs.js';
import { tempDir } from '../helpers/tmp.js';

describe('pack.yaml', () => {
  it('reads name, version, description and strings: text, lists and groups', async () => {
    const dir = writeFiles(tempDir(), {
      'pack.yaml': [
        'name: Atelier  ',
        'version: 1.2.0',
        'description: >-',
        '  Two',
        '  lines',
        'strings:',
        '  title: Charte',
        '  steps: [un, deux]',
        '  roles:',
        '    coordinator:',
        '      label: Coordination',
        '      duties:',
        '        - Animer',
        '  empty: ""',
        '',
      ].join('\n'),
    });
    const { manifest, notices } = await loadPackManifest(dir, 'p/');
    expect(notices).toEqual([]);
    expect(manifest).toEqual({
      name: 'Atelier',
      version: '1.2.0',
      description: 'Two lines',
      strings: { title: 'Charte', steps: ['un', 'deux'], roles: { coordinator: { label: 'Coordination', duties: ['Animer'] } }, empty: '' },
      styles: '',
    });
  });
});

describe('strings of stacked packs', () => {
  it("take the first pack's string and merge groups key by key", () => {
    const merged = mergeStrings([
      { title: 'first', roles: { coordinator: { label: 'Coord' } }, list: ['a'] },
      { title: 'second', roles: { coordinator: { label: 'x', duties: ['d'] }, sponsor: { label: 'S' } }, list: ['b', 'c'], only: 'second' },
    ]);
    expect(merged).toEqual({
      title: 'first',
      roles: { coordinator: { label: 'Coord', duties: ['d'] }, sponsor: { label: 'S' } },
      list: ['a'],
      only: 'second',
    });
  });
});

describe('creating a file that must not exist yet', () => {
  it('writes a new file and leaves no temporary file', async () => {
    const dir = tempDir();
    expect(await createNewFile(join(dir, 'a.hbs'), 'text')).toBe(true);
    expect(readFileSync(join(dir, 'a.hbs'), 'utf8')).toBe('text');
    expect(readdirSync(dir)).toEqual(['a.hbs']);
  });

  it('never replaces a file or a symbolic link that is already there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.hbs'), 'mine');
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'b.hbs'));
    expect(await createNewFile(join(dir, 'a.hbs'), 'new')).toBe(false);
    expect(await createNewFile(join(dir, 'b.hbs'), 'new')).toBe(false);
    expect(readFileSync(join(dir, 'a.hbs'), 'utf8')).toBe('mine');
    expect(readlinkSync(join(dir, 'b.hbs'))).toBe(join(dir, 'elsewhere'));
    expect(readdirSync(dir).sort()).toEqual(['a.hbs', 'b.hbs']);
  });
});
