/**
 * What people read names answers by their labels, never by field paths or camelCase values
 * (issue 11): the documents of every example and of a sparse design, and what `copkit check`
 * and `copkit status` print about a sparse design and about one broken in every way the schema
 * reports. `--json` keeps paths, and is not scanned. The lint rules' messages are scanned with
 * their cases (test/lint/rule-cases.ts), which trip every rule.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { copyExample, tempDir } from '../helpers/tmp.js';
import { leaks } from '../helpers/plain-words.js';
import { SETUP_DONE } from '../helpers/wizard.js';

/** The text a person reads: without the generated-by comment, Mermaid blocks (their syntax is camelCase) and links. */
function readable(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/```mermaid[\s\S]*?```/g, '')
    .replace(/\]\([^)]*\)/g, ']');
}

function markdownUnder(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownUnder(path));
    else if (name.endsWith('.md')) out.push([path, readFileSync(path, 'utf8')]);
  }
  return out;
}

const SPARSE = `${SETUP_DONE}inquire:
  domain: Wound care across six hospitals
  goals:
    - id: G1
      statement: Fewer pressure injuries
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Lead educator, holder: TBD }
  budget:
    - { category: participantSupport, amount: 9600, currency: GBP }
prototype:
  pilotParticipants:
    - { name: Ana }
progress:
  inquire: { status: complete }
`;

describe('plain words in what people read', () => {
  const designs: [string, () => string][] = [
    ['field-service-technicians', () => copyExample('field-service-technicians')],
    ['assessment-practice-network', () => copyExample('assessment-practice-network')],
    [
      // The French pack's charter lists the findings with their place: with the example's
      // switched-off rules switched on again, there are some to list.
      'secretaires-de-mairie (its own pack), every rule on',
      () => {
        const root = tempDir();
        cpSync(join(repoRoot, 'examples/secretaires-de-mairie'), join(root, 'examples/secretaires-de-mairie'), { recursive: true });
        cpSync(join(repoRoot, 'examples/packs'), join(root, 'examples/packs'), { recursive: true });
        const cop = join(root, 'examples/secretaires-de-mairie/cop.yaml');
        writeFileSync(cop, readFileSync(cop, 'utf8').replace(/^ {2}disable: \[.*\]$/m, '  disable: []'));
        return join(root, 'examples/secretaires-de-mairie');
      },
    ],
    [
      'a sparse design',
      () => {
        const dir = tempDir();
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'cop.yaml'), SPARSE);
        return dir;
      },
    ],
  ];

  it.each(designs)('%s: the documents and status name no field path and no camelCase value', async (_name, make) => {
    const dir = make();
    const out = tempDir();
    const render = await runIn(dir, ['render', '--out', out, '--force', '--format', 'md']);
    expect(render.code, render.stderr).toBeLessThanOrEqual(1);
    const found: string[] = [];
    for (const [path, text] of markdownUnder(out)) for (const leak of leaks(readable(text))) found.push(`${path.slice(out.length + 1)}: ${leak}`);
    const status = await runIn(dir, ['status']);
    for (const leak of leaks(status.stdout)) found.push(`status: ${leak}`);
    expect(found).toEqual([]);
  });
});

/** A design broken in every way the schema reports, in the design and in a filed review. */
const BROKEN = `copkit: 1
revision: 1
setup:
  communityName: Copier Tips
  organizationType: corprate
  facilitatorName: Ana Lima
  favouriteColour: blue
  hostNam: ACME
progress:
  inquire: { status: finished }
inquire:
  goals:
    - { id: G1, statement: Fewer pressure injuries }
    - { id: G1, statement: Faster wound healing }
    - { id: X9, statement: Better handovers }
    - { statement: Shared care plans }
design:
  membershipModel: everyone
  activities:
    - { id: A1, name: Monthly call, supportsGoals: [G7], leadRole: R9, frequency: weekley, targetLevels: [coreGroup] }
  roles:
    - { id: R1, roleKey: coordinator, title: Lead educator, holder: TBD }
    - { id: R3, roleKey: coordinator, title: Coordinator, holder: TBD, hoursPerMonth: lots, shoeSize: 9 }
prototype:
  pilotStartDate: 2025-05-01
  pilotEndDate: 2025-04-01
launch:
  launchDate: 2025-03-01
  rolloutWaves:
    - { name: First, startWeek: 5 }
    - { name: Second, startWeek: 2 }
review:
  coreMembers: many
reviews:
  - date: 2025-10-15
    goalStatuses:
      - { goalId: G1, status: onTrack }
      - { goalId: G4, status: onTrack }
      - { goalId: G1, status: bogus }
render:
  formats: [md, pdf]
`;

describe('plain words in what check and status print', () => {
  it.each([
    ['a sparse design', SPARSE],
    ['a design broken in every way the schema reports', BROKEN],
  ])('%s: check and status name no field path and no camelCase key or value', async (_name, yaml) => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cop.yaml'), yaml);
    const found: string[] = [];
    for (const args of [['check'], ['check', '--format', 'github'], ['status']]) {
      const result = await runIn(dir, args);
      for (const leak of leaks(result.stdout + result.stderr)) found.push(`${args.join(' ')}: ${leak}`);
    }
    expect(found).toEqual([]);
  });

  it('names each broken place in words, shows what to type beside its label, and --json keeps the paths', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cop.yaml'), BROKEN);
    const text = (await runIn(dir, ['check'])).stdout;
    for (const line of [
      'Setup: kind of organisation: "corprate" is not an allowed value; did you mean Company (corporate)?',
      'Setup: "hostNam" is not a field copkit knows; did you mean host organisation (hostName)?',
      'Inquire: goals, entry 2: id G1 is used twice (also in entry 1); ids must be unique',
      'Design: membership: "everyone" is not an allowed value; use one of: Open to anyone (open), Open to anyone in the organisation (openWithinOrganization),',
      'Design: activities, Monthly call (A1), supports goals, entry 1: refers to G7, but Inquire has no goal with that id',
      'Design: roles, Coordinator (R3), hours per month: should be a number, not "lots"',
      'Prototype: pilot end: is 2025-04-01, before the pilot starts (2025-05-01)',
      'Review of 2025-10-15, goal statuses, entry 2, goal: refers to goal G4, which Inquire no longer has; the review keeps it as a record of its day',
    ]) {
      expect(text).toContain(line);
    }
    const json = JSON.parse((await runIn(dir, ['check', '--json'])).stdout) as { findings: { path: string }[] };
    expect(json.findings.map((f) => f.path)).toEqual(
      expect.arrayContaining(['setup.organizationType', 'design.roles[1].hoursPerMonth', 'reviews[0].goalStatuses[1].goalId', 'inquire.goals[1].id', 'setup.hostNam']),
    );
  });
});
