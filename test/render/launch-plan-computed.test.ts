/** Issue 17: the launch plan follows the pilot, the launch and the waves, and ticks gates from the data. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { mermaidBlock, parseGantt } from '../helpers/mermaid.js';
import { tempDir } from '../helpers/tmp.js';

async function planFor(yaml: string): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), yaml);
  const result = await runIn(dir, ['render', '--only', 'launch-plan']);
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(join(dir, 'docs', 'launch-plan.md'), 'utf8');
}

/** The plan with its lines joined, so that checks do not depend on where the text wraps. */
const flat = (plan: string) => plan.replace(/\n(?:> )? *(?=[^\s#|>`-])/g, ' ');

const DESIGN = `copkit: 1
design:
  activities:
    - { id: A1, name: Breakfast table, frequency: monthly }
    - { id: A2, name: Summit, frequency: annually }
prototype:
  pilotStartDate: 2026-03-05
  pilotEndDate: 2026-05-28
  successStories:
    - { title: The fuser code, consentToShare: pending }
launch:
  launchDate: 2026-09-03
  rolloutWaves:
    - { name: North, startWeek: 0, targetNewMembers: 20 }
    - { name: South, startWeek: 40 }
`;

describe('the computed launch plan', () => {
  it('shows the summer gap after the pilot and the late wave instead of stretching phases over them', async () => {
    const plan = flat(await planFor(DESIGN));
    expect(plan).toContain('## P2 Pre-launch (2026-08-20 to 2026-09-02)');
    expect(plan).toContain('**Gap of 12 weeks** (2026-05-29 to 2026-08-19) between P1 Pilot and P2 Pre-launch, longer than the 4 weeks this plan allows.');
    expect(plan).toContain('## P3 Launch and first wave (2026-09-03 to 2026-09-30)');
    expect(plan).toContain('**Gap of 36 weeks** (2026-10-01 to 2027-06-09) between P3 Launch and first wave and P4 Roll-out in waves');
    // The roll-out begins with the second wave, in week 40, and the hand-over comes after it.
    expect(plan).toContain('## P4 Roll-out in waves (2027-06-10 to 2027-07-07)');
    expect(plan).toContain('## P5 Hand-over to Grow (2027-07-08 to 2027-09-15)');
  });

  it('ticks each gate from the answers and says what is still missing', async () => {
    const plan = flat(await planFor(DESIGN));
    expect(plan).toContain('- [ ] At least one success story is written down, with consent to share it: still missing consent to share a story.');
    expect(plan).toContain('- [ ] The decision to launch is taken: still missing a decision to proceed.');
    expect(plan).toContain('- [ ] Each wave has a target to reach: still missing a target for South.');
    expect(plan).toContain('- [ ] A check-in halfway through (cop.yaml does not record this; tick it by hand).');
    const proceeding = flat(await planFor(DESIGN.replace('consentToShare: pending }', 'consentToShare: yes }\n  launchDecision: proceed')));
    expect(proceeding).toContain('- [x] At least one success story is written down, with consent to share it.');
    expect(proceeding).toContain('- [x] The decision to launch is taken.');
  });

  it('puts the recurring activities of the first months in the timeline', async () => {
    const tasks = await parseGantt(mermaidBlock(await planFor(DESIGN)));
    expect(tasks.filter((t) => t.section === 'Recurring activities, first months').map((t) => [t.name, t.start, t.end])).toEqual([['Breakfast table (monthly)', '2026-09-03', '2026-12-03']]);
  });
});
