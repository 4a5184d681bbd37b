import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { fcSeed } from '../helpers/fc-seed.js';
import { designAnswers } from '../helpers/design-arbitrary.js';

describe('properties of saving', () => {
  it('any design built from the registry survives save and load unchanged, and a second save changes nothing', async () => {
    const base = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(designAnswers, async (data) => {
        const path = join(base, `cop-${run++}.yaml`);
        const file = CopFile.create(path);
        for (const [key, value] of Object.entries(data)) file.set([key], value);
        await file.save('2026-11-26');
        const loaded = await CopFile.load(path);
        expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
        const { copkit, revision, updated, history, ...rest } = loaded.data;
        expect(rest).toEqual(data);
        expect([copkit, revision, updated, history?.length]).toEqual([1, 1, '2026-11-26', 1]);
        const bytes = readFileSync(path);
        for (const [key, value] of Object.entries(data)) loaded.set([key], value);
        expect(await loaded.save('2026-11-27')).toBe(false);
        expect(readFileSync(path).equals(bytes)).toBe(true);
      }),
      { numRuns: 60, seed: fcSeed },
    );
  });

  it('hand-written comments, blank lines and spacing anywhere survive a save that changes one answer', async () => {
    const example = readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), 'utf8').split('\n');
    const edit = fc.record({ line: fc.nat(example.length - 1), kind: fc.constantFrom('comment', 'blank', 'trailing'), word: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/) });
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const lines = [...example];
        const markers: string[] = [];
        for (const [n, e] of edits.entries()) {
          const marker = `note ${n} ${e.word}`;
          const target = lines[e.line]!;
          const indent = /^\s*/.exec(target)![0];
          // Comments go before a line (any line that is not inside a block scalar) or after a plain value.
          if (e.kind === 'blank') lines.splice(e.line, 0, '');
          else if ((e.kind === 'comment' && !/^\s{2,}\S/.test(target)) || /^[a-z]+:/.test(target)) {
            lines.splice(e.line, 0, `${indent}# ${marker}`);
            markers.push(`# ${marker}`);
          } else if (/^\s*[a-zA-Z]+: [A-Za-z0-9][^#:>|]*$/.test(target)) {
            lines[e.line] = `${target}    # ${marker}`;
            markers.push(`# ${marker}`);
          }
        }
        const original = lines.join('\n');
        const path = join(dir, 'cop.yaml');
        writeFileSync(path, original);
        let file: CopFile;
        try {
          file = await CopFile.load(path);
        } catch {
          return;
        } // an edit that broke the YAML is not this property's concern
        file.set(['setup', 'facilitatorName'], 'Someone Else');
        await file.save('2027-01-01');
        const saved = readFileSync(path, 'utf8');
        for (const marker of markers) expect(saved).toContain(marker);
        const changed = saved.split('\n').filter((l) => !original.split('\n').includes(l));
        expect(changed.filter((l) => !/facilitatorName|revision|updated|summary|\{ ?revision/.test(l))).toEqual([]);
      }),
      { numRuns: 40, seed: fcSeed },
    );
  });
});
