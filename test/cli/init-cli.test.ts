/**
 * copkit init and copkit stage without a person at the keyboard: the built CLI, spawned with no
 * terminal, given --answers and --yes. Exit codes, messages and the files left behind.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultRoles } from '../../src/model/role-catalogue.js';
import type { CopData } from '../../src/model/types.js';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';

const SETUP_AND_INQUIRE = `# Answers for a new design
setup:
  communityName: Copier Tips
  organizationType: corporate
  facilitatorName: Ana Lima
inquire:
  domain: Fixing copier faults that the manuals do not explain.
  audience:
    - segment: Field technicians
      estimatedSize: 40
  purposeStatement: Share what works between depots.
  purposeAreas: [learningAndDevelopingPractice]
  goals:
    - statement: Fix more faults on the first visit
      byDate: 2027-03-31
    - statement: Write down the war stories
  benefits:
    - beneficiary: members
      benefit: Fewer lonely hours at a stubborn machine
  vision: Every technician finds a tip in minutes.
  faceToFaceImportance: important
`;

function folderWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const design = (dir: string, name = 'cop.yaml') => parse(readFileSync(join(dir, name), 'utf8')) as CopData;

describe('no terminal', () => {
  it('exits 2 at once, naming --answers and --yes, and writes nothing', async () => {
    const dir = tempDir();
    for (const args of [['init'], ['stage', 'design']]) {
      const result = await runIn(dir, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('its input is not a terminal');
      expect(result.stderr).toContain('Pass --answers FILE to give the answers in a YAML or JSON file, or --yes to accept the defaults');
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--answers', () => {
  it('creates cop.yaml from a partial answers file, with ids, statuses and one revision', async () => {
    const dir = folderWith({ 'answers.yaml': SETUP_AND_INQUIRE });
    const result = await runIn(dir, ['init', '--answers', 'answers.yaml']);
    expect(result.stderr).toContain('Saved 11 answers to cop.yaml (revision 1).');
    expect(result.stderr).toMatch(/Inquire {2}complete/);
    expect(result.stderr).toContain('`copkit status` shows where the whole design stands');
    expect(result.code).toBe(0);
    const data = design(dir);
    expect(data.inquire?.goals).toEqual([
      { id: 'G1', statement: 'Fix more faults on the first visit', byDate: '2027-03-31' },
      { id: 'G2', statement: 'Write down the war stories' },
    ]);
    expect(data.progress).toEqual({ inquire: { status: 'complete', updated: expect.any(String) } });
    expect(data.revision).toBe(1);
    expect(data.design).toBeUndefined();
    const check = await runIn(dir, ['check']);
    expect(check.code).toBe(0);
  });

  it('reads JSON answers too', async () => {
    const dir = folderWith({ 'answers.json': JSON.stringify({ setup: { communityName: 'Copier Tips', organizationType: 'corporate', facilitatorName: 'Ana Lima' } }) });
    const result = await runIn(dir, ['init', '--answers', 'answers.json']);
    expect(result.code).toBe(0);
    expect(design(dir).setup?.communityName).toBe('Copier Tips');
  });

  it('exits 1 naming each wrong field at its line in the answers file, and writes nothing', async () => {
    const answers = SETUP_AND_INQUIRE.replace('byDate: 2027-03-31', 'byDate: 2027-02-30')
      .replace('faceToFaceImportance: important', 'faceToFaceImportance: importnt')
      .replace('  vision:', '  visoin:')
      .replace('    - statement: Write down the war stories', '    - statment: Write down the war stories');
    const dir = folderWith({ 'answers.yaml': answers });
    const result = await runIn(dir, ['init', '--answers', 'answers.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'answers.yaml:15:15  error  Inquire: goals, Fix more faults on the first visit (G1), by date: 2027-02-30 is not a date that exists  schema',
      'answers.yaml:16:7  error  Inquire: goals, goal G2: "statment" is not a field copkit knows; did you mean goal (statement)?  schema',
      'answers.yaml:20:3  error  Inquire: "visoin" is not a question copkit asks; did you mean vision?  schema',
      'answers.yaml:21:25  error  Inquire: meeting in person: "importnt" is not an allowed value; did you mean Important (important)?  schema',
      'error: the answers in answers.yaml cannot be used (4 problems); nothing was written',
      '',
    ]);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('refuses answers that would leave references dangling in the design, pointing into cop.yaml', async () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), join(dir, 'cop.yaml'));
    writeFileSync(join(dir, 'cop.yaml'), `${readFileSync(join(dir, 'cop.yaml'), 'utf8')}design:\n  activities:\n    - {id: A1, name: Breakfast, supportsGoals: [G1, G2]}\n`);
    writeFileSync(join(dir, 'answers.yaml'), 'inquire:\n  goals:\n    - {id: G1, statement: Only this one}\ndesign:\n  channels:\n    - {name: Teams, stewardRole: R9}\n');
    const before = snapshotTree(dir);
    const result = await runIn(dir, ['stage', 'design', '--answers', 'answers.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('answers.yaml:6:34  error  Design: channels, Teams (C1), steward role: refers to R9, but Design has no role with that id  schema');
    expect(result.stderr).toMatch(
      /cop\.yaml:\d+:\d+ {2}error {2}Design: activities, Breakfast \(A1\), supports goals, entry 2: refers to G2, but Inquire has no goal with that id \(once the answers are applied\) {2}schema/,
    );
    expect(snapshotTree(dir)).toEqual(before);
  });

  it('without --yes, exits 1 listing every required answer still missing, and writes nothing', async () => {
    const dir = folderWith({ 'answers.yaml': 'setup:\n  communityName: Copier Tips\ninquire:\n  domain: Copier faults\n' });
    const result = await runIn(dir, ['init', '--answers', 'answers.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: 9 required answers are missing, so nothing was written:');
    // By label, with the place in the answers file beside it.
    expect(result.stderr).toMatch(/\n {2}Setup: kind of organisation +\(setup\.organizationType in the answers file\)/);
    for (const path of ['setup.organizationType', 'setup.facilitatorName', 'inquire.audience', 'inquire.purposeAreas', 'inquire.goals', 'inquire.faceToFaceImportance']) {
      expect(result.stderr).toContain(`(${path} in the answers file)`);
    }
    expect(result.stderr).toContain('hint: Add them to answers.yaml, or pass --yes to save what you have and leave the rest for later.');
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it("takes a whole cop.yaml as answers, ignoring copkit's own bookkeeping", async () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), join(dir, 'example.yaml'));
    const result = await runIn(dir, ['init', '--dir', 'copy', '--answers', 'example.yaml']);
    expect(result.stderr).toContain('example.yaml: ignored copkit, revision, updated, progress, reviews, history (copkit keeps these itself)');
    expect(result.code).toBe(0);
    const original = design(dir, 'example.yaml');
    const copy = design(join(dir, 'copy'));
    for (const stage of ['setup', 'inquire', 'design', 'prototype', 'launch', 'grow', 'sustain'] as const) expect(copy[stage]).toEqual(original[stage]);
    expect(copy.revision).toBe(1);
    expect(Object.values(copy.progress ?? {}).map((p) => p.status)).toEqual(Array(6).fill('complete'));
  });
});

describe('--yes', () => {
  it('takes the defaults for every question left and saves, stopping at the first stage that still needs answers', async () => {
    const dir = folderWith({ 'answers.yaml': SETUP_AND_INQUIRE });
    const result = await runIn(dir, ['init', '--answers', 'answers.yaml', '--yes']);
    expect(result.code).toBe(0);
    const data = design(dir);
    expect(data.design?.roles).toEqual(defaultRoles);
    // Design still needs answers, so the later stages are left for later, untouched.
    expect(data.prototype).toBeUndefined();
    expect(data.launch).toBeUndefined();
    expect(data.progress?.prototype).toBeUndefined();
    expect(data.progress?.inquire?.status).toBe('complete');
    expect(data.progress?.design?.status).toBe('inProgress');
    expect(result.stderr).toMatch(/Design +in progress: 8 required answers missing \(learning agenda, /);
  });

  it('revisits one stage keeping its answers and filling only the empty questions', async () => {
    const dir = tempDir();
    copyFileSync(join(repoRoot, 'test/fixtures/inquire-done.yaml'), join(dir, 'cop.yaml'));
    const result = await runIn(dir, ['stage', 'prototype', '--yes']);
    expect(result.code).toBe(0);
    const data = design(dir);
    expect(data.prototype?.feedbackMethods).toEqual(['postSessionSurvey', 'retrospective']);
    expect(data.prototype?.pilotSuccessCriteria).toHaveLength(7);
    expect(data.inquire?.goals).toHaveLength(2);
    expect(data.design).toBeUndefined();
    expect(data.revision).toBe(3);
  });
});

describe('arguments', () => {
  it('lists the stages for an unknown stage name, with exit 2', async () => {
    const dir = tempDir();
    const result = await runIn(dir, ['stage', 'desing', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: unknown stage "desing"; did you mean design?\nhint: The stages are: setup, inquire, design, prototype, launch, grow, sustain.\n');
  });

  it('needs an existing design for copkit stage', async () => {
    const result = await runIn(tempDir(), ['stage', 'design', '--yes']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: cop.yaml not found\nhint: Run `copkit init` to start a design.\n');
  });

  it('creates the --dir folder and works there', async () => {
    const dir = folderWith({ 'answers.yaml': SETUP_AND_INQUIRE });
    const result = await runIn(dir, ['init', '--dir', 'communities/copier-tips', '--answers', 'answers.yaml']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('to communities/copier-tips/cop.yaml (revision 1)');
    expect(existsSync(join(dir, 'communities/copier-tips/cop.yaml'))).toBe(true);
  });

  it('refuses a --dir that is a file', async () => {
    const dir = folderWith({ taken: 'x' });
    mkdirSync(join(dir, 'ok'));
    const result = await runIn(dir, ['init', '--dir', 'taken', '--yes']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--dir taken: a file is in the way of that folder');
  });
});
