import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/tmp.js';

const SETUP = `setup:
  communityName: Copier Tips
  organizationType: corporate
  facilitatorName: Ana Lima
`;

const DESIGN = `design:
  learningAgenda: [Intermittent paper jams, Misleading error codes]
  rhythmSummary: Breakfast on the second Tuesday of every month.
  norms: [Share the fix and the failure, No blame]
  membershipModel: openWithinOrganization
  decisionMaking: consent
`;

function revisionOf(dir: string): { revision: number; history: unknown[] } {
  const data = parse(readFileSync(join(dir, 'cop.yaml'), 'utf8')) as { revision: number; history: unknown[] };
  return { revision: data.revision, history: data.history };
}

describe('revision', () => {
  it('rises by exactly one for each command that changes cop.yaml, however many answers it saves', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'setup.yaml'), SETUP);
    writeFileSync(join(dir, 'design.yaml'), DESIGN);

    expect((await runIn(dir, ['init', '--answers', 'setup.yaml', '--yes'])).code).toBe(0);
    const afterInit = revisionOf(dir);
    expect(afterInit.revision).toBe(1);

    expect((await runIn(dir, ['stage', 'design', '--answers', 'design.yaml', '--yes'])).code).toBe(0);
    const afterDesign = revisionOf(dir);
    expect(afterDesign.revision).toBe(2); // five answers and the suggested roles, one revision
    expect(afterDesign.history).toHaveLength(2);
    expect(afterDesign.history.at(-1)).toMatchObject({ revision: 2, summary: 'design: 6 answers changed; design marked in progress' });

    // Commands that only read, and a revisit that changes nothing, leave the revision alone.
    for (const args of [['check'], ['status'], ['render'], ['stage', 'design', '--answers', 'design.yaml', '--yes']]) {
      await runIn(dir, args);
      expect(revisionOf(dir).revision).toBe(2);
    }
  });
});
