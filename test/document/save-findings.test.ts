import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { tempDir } from '../helpers/tmp.js';

const BROKEN_STAMP = `copkit: 1
revision: 4
updated: someday
setup:
  communityName: Copier Tips
  organizationType: corporat
history: not a list
`;

const messages = (file: CopFile) => file.findings.map((f) => `${f.path.join('.')} ${f.message}`).sort();

describe('findings after a save', () => {
  it('are those a fresh read of the saved file gives: stale ones about the stamp go, others stay', async () => {
    const dir = tempDir();
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, BROKEN_STAMP);
    const file = await CopFile.load(path);
    expect(messages(file).some((m) => m.startsWith('history '))).toBe(true);
    expect(messages(file).some((m) => m.startsWith('updated '))).toBe(true);

    file.set(['setup', 'facilitatorName'], 'Ana Lima');
    await file.save('2026-12-01');

    const reread = await CopFile.load(path);
    expect(messages(file)).toEqual(messages(reread));
    expect(messages(file).some((m) => m.startsWith('setup.organizationType '))).toBe(true);
    expect(messages(file).some((m) => m.startsWith('history ') || m.startsWith('updated '))).toBe(false);
    expect(file.data).toEqual(reread.data);
  });
});

describe('the schema copy beside cop.yaml', () => {
  it('is put back by the next save of the same run after someone changes or deletes it', async () => {
    const dir = tempDir();
    const path = join(dir, 'cop.yaml');
    const copy = join(dir, 'cop.schema.json');
    writeFileSync(path, 'copkit: 1\nrevision: 1\n');
    const file = await CopFile.load(path);
    file.set(['setup', 'communityName'], 'Copier Tips');
    await file.save('2026-12-01');
    const first = readFileSync(copy, 'utf8');
    expect(JSON.parse(first).$schema).toMatch(/json-schema/);

    writeFileSync(copy, '{}\n');
    file.set(['setup', 'communityName'], 'Copier Tips Network');
    await file.save('2026-12-01');
    expect(readFileSync(copy, 'utf8')).toBe(first);

    rmSync(copy);
    file.set(['setup', 'communityName'], 'Copier Tips');
    await file.save('2026-12-01');
    expect(readFileSync(copy, 'utf8')).toBe(first);
  });
});
