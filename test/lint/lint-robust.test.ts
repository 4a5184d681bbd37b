import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectReport } from '../../src/check/collect.js';
import { CopFile } from '../../src/document/cop-file.js';
import { lintDesign, lintRules } from '../../src/lint/index.js';
import { documentShape } from '../../src/model/document-shape.js';
import { momentumWarnings } from '../../src/model/momentum.js';
import { designProgress } from '../../src/model/progress.js';
import type { Shape } from '../../src/model/shape.js';
import type { CopData } from '../../src/model/types.js';
import { tempDir } from '../helpers/tmp.js';
import { fcSeed } from '../helpers/fc-seed.js';

/** Anything a hand-edited draft might hold where a value of this shape belongs. */
function draftOf(shape: Shape, depth = 0): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.string({ maxLength: 6 }),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 3 }),
  );
  let good: fc.Arbitrary<unknown>;
  switch (shape.type) {
    case 'string':
      good = fc.oneof(fc.constantFrom('TBD', 'Dale Kowalczyk', ' ', 'North', 'no-sponsor', 'no-sponsr'), fc.string({ maxLength: 8 }));
      break;
    case 'number':
      good = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double());
      break;
    case 'date':
      good = fc.constantFrom('2026-01-01', '2026-11-26', '2027-12-31', '2026-02-30', 'soon');
      break;
    case 'enum':
      good = fc.constantFrom(...shape.values);
      break;
    case 'ref':
      good = fc.constantFrom('G1', 'A1', 'C1', 'R1', 'R2', 'X9');
      break;
    case 'list':
      good = depth > 4 ? fc.constant([]) : fc.array(draftOf(shape.item, depth + 1), { maxLength: 3 });
      break;
    case 'object': {
      const fields = Object.fromEntries(Object.entries(shape.fields).map(([k, s]) => [k, draftOf(s, depth + 1)]));
      good = fc.record(fields, { requiredKeys: [] });
      break;
    }
  }
  return fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: junk });
}

const drafts = draftOf(documentShape).map((d) => (d !== null && typeof d === 'object' && !Array.isArray(d) ? { ...d, copkit: 1 } : d));
const days = fc.constantFrom(undefined, '2026-11-26', '2030-01-01');

describe('design lint on odd drafts', () => {
  it('never throws, and every finding is one line from a known rule', () => {
    const ids = new Set([...lintRules.map((r) => r.id), 'schema']);
    fc.assert(
      fc.property(drafts, days, (draft, today) => {
        const { findings } = lintDesign(draft as CopData, { today });
        for (const f of findings) {
          expect(ids.has(f.rule)).toBe(true);
          expect(f.message).not.toMatch(/[\n\r\u001b]/);
          expect(f.message.length).toBeGreaterThan(20);
        }
        if (draft !== null && typeof draft === 'object') momentumWarnings(draft as CopData, designProgress(draft as CopData), today ?? '2026-11-26');
      }),
      { numRuns: 600, seed: fcSeed },
    );
  });

  it('places every finding of a saved draft on a line of the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        drafts.filter((d) => d !== null && typeof d === 'object' && !Array.isArray(d)),
        async (draft) => {
          const path = join(tempDir(), 'cop.yaml');
          const text = stringify(draft, { aliasDuplicateObjects: false });
          writeFileSync(path, text);
          const report = collectReport(await CopFile.load(path), { today: '2026-11-26' });
          const lines = text.split('\n').length;
          for (const f of [...report.findings.map((x) => x.position!), ...report.disabled.map((d) => d.position)]) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 80, seed: fcSeed },
    );
  });
});
