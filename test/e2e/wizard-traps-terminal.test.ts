/**
 * The traps of issue 11 in a real pseudo-terminal (slow): text pasted before the first prompt,
 * typing over a suggestion, going back, changing an answer from the summary, and removal that
 * asks first. Every wait is for text on the screen, never for a fixed time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keys, ptySessions } from '../helpers/pty.js';
import { repoRoot } from '../helpers/cli.js';
import { validDesign } from '../helpers/designs.js';
import { tempDir } from '../helpers/tmp.js';

const SLOW = 180_000;
const copkit = ptySessions();
const INQUIRE_DONE = readFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), 'utf8').replace(/history:[\s\S]*$/, '');

/** Design answered except its roles (and the optional budget). */
const DESIGN_BUT_ROLES = `${INQUIRE_DONE.replace('  inquire: {status: complete, updated: 2026-11-20}', '  inquire: {status: complete, updated: 2026-11-20}\n  design: {status: inProgress, updated: 2026-11-20}')}design:
  learningAgenda: [Error codes]
  activities:
    - id: A1
      name: Breakfast table
  rhythmSummary: A breakfast every month
  channels:
    - id: C1
      name: Teams
  membershipModel: openWithinOrganization
  decisionMaking: consent
  norms: [Every question gets a reply within two days]
  knowledgeCapture: Tips go to the wiki
`;

describe('the traps a facilitator met, in a real terminal (slow)', () => {
  it(
    'drops what was pasted before the first prompt, and < goes back to the previous question',
    async () => {
      const dir = tempDir();
      const t = copkit(['init'], dir);
      // The rest of a pasted block of commands, arriving before copkit has drawn anything.
      t.send('npm test\r');
      await t.answer('? What is the community called?', `Nurse Educators${keys.enter}`);
      await t.answer('? What kind of organisation hosts it?', keys.enter);
      await t.answer('? What is the host organisation called?', `Northwind Imaging${keys.enter}`);
      await t.answer('? 1.', keys.enter); // one site: no list of sites or units
      await t.answer('? Where is the host organisation?', keys.enter);
      await t.answer('? Which time zone does the community meet in?', `<${keys.enter}`);
      // Back at the previous question, with the answer given as the one highlighted.
      await t.answer('? Where is the host organisation?', `${keys.down}${keys.enter}`);
      await t.answer('? Which time zone does the community meet in?', `Europe/Lisbon${keys.enter}`);
      await t.answer('? Which currency are its costs in?', keys.enter); // left for later
      await t.answer('? Who is facilitating the design?', `Ana Lima${keys.enter}`);
      await t.waitFor('? Is the community being cultivated from scratch');
      t.send(keys.ctrlC);
      expect((await t.exited).exitCode).toBe(130);
      const data = await validDesign(dir);
      expect(data.setup?.communityName).toBe('Nurse Educators');
      expect(data.setup?.facilitatorName).toBe('Ana Lima');
      expect(data.setup?.hostRegion).not.toBe('europeanUnion'); // changed on the way back
      expect(data.revision).toBe(1);
    },
    SLOW,
  );

  it(
    'typing over a suggested "TBD" saves exactly what was typed; the summary lets an answer be changed',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'cop.yaml'), DESIGN_BUT_ROLES);
      const t = copkit(['init'], dir);
      await t.answer('? What kind of community is this, mainly?', `${keys.down.repeat(4)}${keys.enter}`); // Skip this question
      await t.answer('? Keep these 3 roles?', `${keys.down}${keys.down}${keys.enter}`); // No, start with an empty list
      await t.answer('? Add a role?', keys.enter);
      await t.answer('? Kind of role', keys.enter); // the highlighted one: Sponsor
      await t.waitFor('(suggested: Community sponsor)');
      t.send(`Chief nurse sponsor${keys.enter}`);
      await t.waitFor('(suggested: TBD)');
      t.send(`Maria Okafor${keys.enter}`);
      await t.answer(/\? Keep these \d+ entries\?/, keys.enter);
      await t.answer(/\? \d+\./, keys.enter);
      await t.answer('? Hours per month', keys.enter);
      await t.answer('? Term ends', keys.enter);
      await t.answer('? Add another role?', keys.enter);
      await t.answer('? Add a cost?', keys.enter);
      await t.waitFor('Design is complete');
      await t.answer('? What next?', `${keys.down}${keys.enter}`); // Change one of these answers
      await t.answer('? Which answer do you want to change?', `${keys.down.repeat(3)}${keys.enter}`); // 4. the rhythm
      await t.waitFor('(your answer: edit it, or Enter keeps it)');
      t.send(`, and a digest every Friday${keys.enter}`);
      await t.answer('? What next?', `${keys.down}${keys.down}${keys.enter}`); // Stop for now
      expect((await t.exited).exitCode).toBe(0);
      const data = await validDesign(dir);
      expect(data.design?.roles?.[0]).toMatchObject({ id: 'R1', roleKey: 'sponsor', title: 'Chief nurse sponsor', holder: 'Maria Okafor' });
      expect(data.design?.rhythmSummary).toBe('A breakfast every month, and a digest every Friday');
      expect(data.progress?.design?.status).toBe('complete');
      expect(data.revision).toBe(3);
    },
    SLOW,
  );

  it(
    'asks before removing every goal, and keeps them when told no',
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'cop.yaml'), INQUIRE_DONE);
      const t = copkit(['stage', 'inquire'], dir);
      await t.answer('? What area of practice', keys.enter);
      await t.answer('? What do you want to do with it?', keys.enter); // the audience: keep
      await t.answer('? Add another audience group?', keys.enter);
      await t.answer('? Add a stakeholder?', keys.enter);
      await t.answer('? Why does this community need to exist?', keys.enter);
      await t.answer('? Which kinds of purpose', keys.enter);
      await t.answer('? What do you want to do with them?', `${keys.down}${keys.down}${keys.enter}`); // Remove all 2
      await t.answer('? Remove all 2 goals?', `n${keys.enter}`);
      await t.answer('? Add another goal?', keys.ctrlC);
      expect((await t.exited).exitCode).toBe(130);
      const data = await validDesign(dir);
      expect(data.inquire?.goals?.map((g) => g.id)).toEqual(['G1', 'G2']);
    },
    SLOW,
  );
});
