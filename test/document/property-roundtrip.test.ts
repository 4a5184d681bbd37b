import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopFile } from '../../src/document/cop-file.js';
import { dateRelationFindings } from '../../src/model/date-relations.js';
import { documentShape } from '../../src/model/document-shape.js';
import { refTargets } from '../../src/model/registry.js';
import type { Shape } from '../../src/model/shape.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { fcSeed } from '../helpers/fc-seed.js';

/** Text a person might type: any printable Unicode, including YAML's special characters. */
const printable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(s));
const multiline = fc.array(printable, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** An arbitrary value of a shape from the registry; references point at ids that exist (X1). */
function arbitraryOf(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case 'string':
      if (shape.format === 'timeZone') return fc.constantFrom('Europe/Paris', 'America/Chicago', 'UTC');
      if (shape.format === 'currency') return fc.constantFrom('EUR', 'GBP', 'USD');
      return shape.multiline ? multiline : printable;
    case 'number':
      return shape.integer ? fc.integer({ min: shape.min ?? -1000, max: 100000 }) : fc.double({ min: shape.min ?? -1000, max: 100000, noNaN: true, noDefaultInfinity: true });
    case 'date':
      return isoDate;
    case 'enum':
      return fc.constantFrom(...shape.values);
    case 'ref':
      return fc.constant(`${refTargets[shape.to].prefix}1`);
    case 'list':
      return fc.array(arbitraryOf(shape.item), { maxLength: 3 });
    case 'object': {
      const fields = Object.fromEntries(
        Object.entries(shape.fields)
          .filter(([key]) => key !== 'id')
          .map(([key, field]) => [key, arbitraryOf(field)]),
      );
      return fc.record(fields, { requiredKeys: [] });
    }
  }
}

/** Lists with ids get G1, G2... and always at least one item, so every reference resolves. */
function withIds(value: unknown, shape: Shape): unknown {
  if (shape.type === 'list' && Array.isArray(value)) {
    const item = shape.item;
    const items = item.type === 'object' && item.idPrefix && value.length === 0 ? [{}] : value;
    return items.map((entry, i) => {
      const inner = withIds(entry, item);
      return item.type === 'object' && item.idPrefix ? { id: `${item.idPrefix}${i + 1}`, ...(inner as object) } : inner;
    });
  }
  if (shape.type === 'object' && value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v, shape.fields[k]!)]));
  }
  return value;
}

const stageKeys = ['setup', 'inquire', 'design', 'prototype', 'launch', 'grow', 'sustain'] as const;
const answers = fc.record(Object.fromEntries(stageKeys.map((key) => [key, arbitraryOf(documentShape.fields[key]!)])), { requiredKeys: ['inquire', 'design'] }).map((data) => {
  const out = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, withIds(v, documentShape.fields[k]!)])) as Record<string, Record<string, unknown>>;
  // Every kind of reference needs something to point at.
  for (const target of Object.values(refTargets)) {
    const stage = (out[target.stage] ??= {});
    if (!Array.isArray(stage[target.field]) || (stage[target.field] as unknown[]).length === 0) stage[target.field] = [{ id: `${target.prefix}1` }];
  }
  return out;
});

/** Designs whose dates agree (pilot start, pilot end, launch): this property is about saving, not dates. */
const consistent = answers.filter((data) => dateRelationFindings(data).every((f) => f.severity !== 'error'));

describe('properties of saving', () => {
  it('any design built from the registry survives save and load unchanged, and a second save changes nothing', async () => {
    const base = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(consistent, async (data) => {
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
