/**
 * The unattended paths in-process (through `run`, as main.ts calls it): --answers, --yes, and
 * the refusal to prompt without a terminal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CopFile } from '../../src/document/cop-file.js';
import type { CopData } from '../../src/model/types.js';
import { runIn } from '../helpers/in-process.js';
import { loadAnswers } from '../../src/wizard/answers-file.js';
import { stagesToWalk } from '../../src/wizard/batch.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { TODAY } from '../helpers/wizard.js';

const INQUIRE_DONE = readFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), 'utf8');

/** Run copkit in-process in `cwd` with a stdin that records whether anything read it. */
async function runWatchingStdin(cwd: string, args: readonly string[]) {
  let stdinRead = false;
  const stdin = new Readable({
    read() {
      stdinRead = true;
      this.push(null);
    },
  });
  const result = await runIn(cwd, args, { NO_COLOR: '1' }, TODAY, stdin);
  return { ...result, stdinRead };
}

const read = (dir: string) => parse(readFileSync(join(dir, 'cop.yaml'), 'utf8')) as CopData;

describe('unattended, in-process', () => {
  it('refuses to prompt without a terminal, exit 2, without touching stdin', async () => {
    const dir = tempDir();
    const result = await runWatchingStdin(dir, ['init']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--answers FILE');
    expect(result.stdinRead).toBe(false);
  });

  it('applies an answers file to an existing design and completes the stage it finishes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), INQUIRE_DONE);
    writeFileSync(
      join(dir, 'design.yaml'),
      `design:
  learningAgenda: [Error codes]
  activities: [{name: Breakfast table, supportsGoals: [G1]}]
  rhythmSummary: A breakfast every month
  channels: [{name: Teams}]
  roles: [{roleKey: coordinator, title: Coordinator, holder: Ana Lima}]
  membershipModel: openWithinOrganization
  decisionMaking: consent
  norms: [Reply within two days]
  knowledgeCapture: Tips go to the wiki.
`,
    );
    const result = await runWatchingStdin(dir, ['stage', 'design', '--answers', 'design.yaml']);
    expect(result.code).toBe(0);
    const data = read(dir);
    expect(data.design?.activities).toEqual([{ id: 'A1', name: 'Breakfast table', supportsGoals: ['G1'] }]);
    expect(data.design?.roles?.[0]?.id).toBe('R1');
    expect(data.progress?.design).toEqual({ status: 'complete', updated: TODAY });
    expect(data.revision).toBe(3);
    expect(result.stderr).toContain('Saved 9 answers to cop.yaml (revision 3).');
  });

  it('with --yes, fills the defaults of the stage and leaves it in progress', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), INQUIRE_DONE);
    const result = await runWatchingStdin(dir, ['stage', 'launch', '--yes']);
    expect(result.code).toBe(0);
    const data = read(dir);
    expect(Object.keys(data.launch ?? {})).toEqual(['onboardingSteps', 'peripheralOnRamps']);
    expect(data.progress?.launch?.status).toBe('inProgress');
  });

  it('numbers new items after the ids the design already used', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'cop.yaml'),
      INQUIRE_DONE.replace(
        '    - id: G2\n      statement: Write down the war stories\n',
        '    - id: G2\n      statement: Write down the war stories\n    - id: G3\n      statement: Halve ramp-up time\n',
      ),
    );
    writeFileSync(join(dir, 'answers.yaml'), 'inquire:\n  goals:\n    - {id: G1, statement: Keep this one}\n    - {statement: A new one}\n');
    const file = await CopFile.load(join(dir, 'cop.yaml'));
    const { answers, problems } = await loadAnswers(join(dir, 'answers.yaml'), 'answers.yaml', file);
    expect(problems).toEqual([]);
    expect(answers.changes).toEqual([
      [
        ['inquire', 'goals'],
        [
          { id: 'G1', statement: 'Keep this one' },
          { id: 'G4', statement: 'A new one' },
        ],
      ],
    ]);
  });
});

describe('which stages an unattended copkit init walks', () => {
  // Inquire passed by (skipped): a stage recorded complete without its required answers is not complete.
  const done = { copkit: 1, setup: { communityName: 'C', organizationType: 'other', facilitatorName: 'F' }, progress: { inquire: { status: 'skipped' } } } as CopData;
  const ids = (data: CopData, stages: string[], yes: boolean) => stagesToWalk(data, stages, yes).map((s) => s.id);
  it.each([
    ['a new design answered up to Inquire', { copkit: 1 } as CopData, ['setup', 'inquire'], false, ['setup', 'inquire']],
    ['answers for Design only, after a finished Inquire', done, ['design'], false, ['design']],
    ['answers that skip a stage still walk it', { copkit: 1 } as CopData, ['design'], false, ['setup', 'inquire', 'design']],
    ['--yes stops at the first stage its defaults cannot complete', done, [], true, ['design']],
    ['--yes on a new design stops at setup, which has no defaults', { copkit: 1 } as CopData, [], true, ['setup']],
    ['--yes walks every answered stage, then stops at the next incomplete one', { copkit: 1 } as CopData, ['inquire'], true, ['setup', 'inquire']],
    ['answers only for finished stages walk nothing', done, ['setup'], false, []],
  ])('%s', (_name, data, stages, yes, expected) => {
    expect(ids(data, stages, yes)).toEqual(expected);
  });
});
