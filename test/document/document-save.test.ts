import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { tempDir } from '../helpers/tmp.js';

const HAND_WRITTEN = `# yaml-language-server: $schema=./my-schema.json
# Our community's design. Reviewed in pull requests.
copkit: 1
revision: 4
updated: 2026-11-01

setup:
  communityName: "Copier Tips Network"   # working name
  organizationType: corporate
  facilitatorName: Ana Lima

inquire:
  # The domain came out of the breakfast conversations.
  domain: |
    Diagnosing intermittent copier faults
    that the manuals do not cover.
  purposeStatement: >-
    Share what the manuals miss,
    across every depot.
  purposeAreas: [learningAndDevelopingPractice, creatingNewKnowledge]
  goals:
    - id: G1
      statement: Fix more faults on the first visit   # the sponsor's favourite
      target: '20'
    - id: G2
      statement: Write down the war stories
  vision: 'Every technician can find a tip in minutes.'
  myOwnNote: kept by copkit
history:
  - { revision: 4, date: 2026-11-01, summary: "inquire: 2 answers changed" }
`;

function fileWith(text: string): string {
  const dir = tempDir();
  const path = join(dir, 'cop.yaml');
  writeFileSync(path, text);
  return path;
}

describe('saving cop.yaml', () => {
  it('keeps comments, key order, quoting, flow style, folded text and unknown fields; changes only what was set', async () => {
    const path = fileWith(HAND_WRITTEN);
    const file = await CopFile.load(path);
    file.set(['inquire', 'vision'], 'Every technician finds a tip in minutes, on site.');
    file.set(['inquire', 'goals', 1, 'statement'], 'Write down the best war stories');
    await file.save('2026-11-26');
    const saved = readFileSync(path, 'utf8');
    const expected = HAND_WRITTEN.replace('revision: 4', 'revision: 5')
      .replace('updated: 2026-11-01', 'updated: 2026-11-26')
      .replace("vision: 'Every technician can find a tip in minutes.'", "vision: 'Every technician finds a tip in minutes, on site.'")
      .replace('statement: Write down the war stories', 'statement: Write down the best war stories')
      .replace('"inquire: 2 answers changed" }', '"inquire: 2 answers changed" }\n  - {revision: 5, date: 2026-11-26, summary: "inquire: vision and goals G2 changed"}');
    expect(saved).toBe(expected);
  });

  it('inserts a new stage and a new answer where the registry orders them, not at the end', async () => {
    const path = fileWith(HAND_WRITTEN);
    const file = await CopFile.load(path);
    file.set(['design', 'rhythmSummary'], 'Breakfast every Tuesday.');
    file.set(['inquire', 'existingAlternatives'], 'None.');
    await file.save('2026-11-26');
    const saved = readFileSync(path, 'utf8');
    const keys = saved
      .split('\n')
      .filter((l) => /^[a-z]+:/.test(l))
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual(['copkit', 'revision', 'updated', 'setup', 'inquire', 'design', 'history']);
    const inquireKeys = saved
      .split('\n')
      .filter((l) => /^ {2}[a-zA-Z]+:/.test(l))
      .map((l) => l.trim().split(':')[0]);
    expect(inquireKeys.indexOf('existingAlternatives')).toBe(inquireKeys.indexOf('vision') + 1);
  });

  it('raises the revision once per command however many times it saves, and once more for the next command', async () => {
    const path = fileWith(HAND_WRITTEN);
    const first = await CopFile.load(path);
    first.set(['inquire', 'vision'], 'One');
    await first.save('2026-11-26');
    first.set(['inquire', 'domain'], 'Two');
    await first.save('2026-11-26');
    first.set(['setup', 'facilitatorName'], 'Ben Ode');
    await first.save('2026-11-26');
    let data = (await CopFile.load(path)).data;
    expect(data.revision).toBe(5);
    expect(data.history?.at(-1)).toEqual({ revision: 5, date: '2026-11-26', summary: 'setup: facilitator name changed; inquire: vision and domain changed' });
    expect(data.history).toHaveLength(2);

    const second = await CopFile.load(path);
    second.set(['inquire', 'vision'], 'Three');
    await second.save('2026-11-27');
    data = (await CopFile.load(path)).data;
    expect(data.revision).toBe(6);
    expect(data.updated).toBe('2026-11-27');
    expect(data.history).toHaveLength(3);
  });

  it('writes nothing and keeps the revision when nothing changed', async () => {
    const path = fileWith(HAND_WRITTEN);
    const file = await CopFile.load(path);
    file.set(['inquire', 'vision'], 'Every technician can find a tip in minutes.');
    expect(await file.save('2026-11-26')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(HAND_WRITTEN);
  });

  it('leaves the previous file whole, and no temporary file, when a save is interrupted before the rename', async () => {
    const path = fileWith(HAND_WRITTEN);
    const file = await CopFile.load(path);
    file.set(['inquire', 'vision'], 'Changed');
    let tmpSeen = '';
    const crash = file.save('2026-11-26', {
      hooks: {
        beforeRename: (tmp) => {
          tmpSeen = tmp;
          expect(readFileSync(tmp, 'utf8')).toContain('Changed'); // the new content was fully written...
          throw Object.assign(new Error('killed'), { code: 'EINTR' }); // ...and then the process died
        },
      },
    });
    await expect(crash).rejects.toThrow(/could not save .*; the file on disk is unchanged/);
    expect(readFileSync(path, 'utf8')).toBe(HAND_WRITTEN);
    expect(existsSync(tmpSeen)).toBe(false);
    expect(readdirSync(join(path, '..'))).toEqual(['cop.yaml']);
  });

  it('refuses to overwrite a file someone else changed since it was read', async () => {
    const path = fileWith(HAND_WRITTEN);
    const file = await CopFile.load(path);
    file.set(['inquire', 'vision'], 'Mine');
    writeFileSync(path, HAND_WRITTEN.replace('Ana Lima', 'Ana Lima-Souza'));
    await expect(file.save('2026-11-26')).rejects.toThrow(/was changed by someone else/);
    expect(readFileSync(path, 'utf8')).toContain('Ana Lima-Souza');
  });

  it('keeps CRLF line endings and a byte-order mark', async () => {
    const path = fileWith(`\uFEFF${HAND_WRITTEN.replace(/\n/g, '\r\n')}`);
    const file = await CopFile.load(path);
    file.set(['inquire', 'vision'], 'Changed');
    await file.save('2026-11-26');
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.match(/\r\n/g)?.length).toBe(text.match(/\n/g)?.length);
  });

  it('starts a new file with the schema line, the format version and revision 1', async () => {
    const dir = tempDir();
    const file = CopFile.create(join(dir, 'cop.yaml'));
    file.set(['setup', 'communityName'], 'Copier Tips');
    await file.save('2026-11-26');
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(
      [
        '# yaml-language-server: $schema=cop.schema.json',
        'copkit: 1',
        'revision: 1',
        'updated: 2026-11-26',
        'setup:',
        '  communityName: Copier Tips',
        'history:',
        '  - {revision: 1, date: 2026-11-26, summary: "setup: community name changed"}',
        '',
      ].join('\n'),
    );
  });

  it('keeps the schema line directly above the format version when a new file is saved again', async () => {
    const dir = tempDir();
    const file = CopFile.create(join(dir, 'cop.yaml'));
    file.set(['setup', 'communityName'], 'Copier Tips');
    await file.save('2026-11-26');
    file.set(['setup', 'facilitatorName'], 'Ana Lima');
    await file.save('2026-11-26');
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\S+\ncopkit: 1\nrevision: 1\n/);
  });

  it('quotes answers that older YAML tools would read as booleans or numbers', async () => {
    const dir = tempDir();
    const file = CopFile.create(join(dir, 'cop.yaml'));
    file.set(['design', 'norms'], ['no', 'On', '1:30', 'Be kind']);
    await file.save('2026-11-26');
    const text = readFileSync(join(dir, 'cop.yaml'), 'utf8');
    expect(text).toContain('    - "no"\n    - "On"\n    - "1:30"\n    - Be kind\n');
    expect((await CopFile.load(join(dir, 'cop.yaml'))).data.design?.norms).toEqual(['no', 'On', '1:30', 'Be kind']);
  });
});
