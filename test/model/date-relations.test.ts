/** Issue 17: dates that contradict each other are reported at their positions, and refused in the wizard. */
import { describe, expect, it } from 'vitest';
import { runWith } from '../helpers/in-process.js';
import { validateData } from '../../src/model/validate.js';
import { Cancelled } from '../../src/errors.js';
import { findStage } from '../../src/model/registry.js';
import { runStage } from '../../src/wizard/run.js';
import { scene } from '../helpers/wizard.js';

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

async function schemaFindings(yaml: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const result = await runWith(yaml, ['check', '--json']);
  const json = JSON.parse(result.stdout) as { findings: JsonFinding[] };
  return { code: result.code, findings: json.findings.filter((f) => f.rule === 'schema').map(({ rule, severity, message, line, column }) => ({ rule, severity, message, line, column })) };
}

describe('dates that must agree', () => {
  it('reports a pilot that ends before it starts, and waves out of order, at their lines', async () => {
    const { code, findings } = await schemaFindings(`copkit: 1
prototype:
  pilotStartDate: 2027-02-02
  pilotEndDate: 2027-01-15
launch:
  launchDate: 2027-03-01
  rolloutWaves:
    - { name: North, startWeek: 4 }
    - { name: South, startWeek: 0 }
`);
    expect(findings).toEqual([
      { rule: 'schema', severity: 'error', line: 4, column: 17, message: 'is 2027-01-15, before the pilot starts (2027-02-02); the pilot must end after it begins' },
      { rule: 'schema', severity: 'warning', line: 9, column: 33, message: 'is week 0, before wave 1 (week 4) listed above it; list the waves in the order they start' },
    ]);
    expect(code).toBe(1);
  });

  it('reports a pilot that ends after the launch at the launch date', async () => {
    const { findings } = await schemaFindings(`copkit: 1
prototype:
  pilotStartDate: 2027-02-01
  pilotEndDate: 2027-06-30
launch:
  launchDate: 2027-04-05
`);
    expect(findings).toEqual([
      { rule: 'schema', severity: 'error', line: 6, column: 15, message: 'is 2027-04-05, but the pilot runs until 2027-06-30; launch after the pilot ends, so its results can decide the launch' },
    ]);
  });

  it('accepts dates in order', async () => {
    const { findings } = await schemaFindings(`copkit: 1
prototype:
  pilotStartDate: 2027-02-01
  pilotEndDate: 2027-03-31
launch:
  launchDate: 2027-04-12
  rolloutWaves:
    - { name: North, startWeek: 0 }
    - { name: South, startWeek: 4 }
`);
    expect(findings).toEqual([]);
  });

  it('tells the wizard about the answer being typed, whichever of the pair it is', () => {
    const data = { prototype: { pilotStartDate: '2027-02-01', pilotEndDate: '2027-06-30' }, launch: { launchDate: '2027-04-05' } };
    const atEnd = validateData(structuredClone(data), undefined, ['prototype', 'pilotEndDate']);
    expect(atEnd.filter((f) => f.severity === 'error').map((f) => [f.path.join('.'), f.message])).toEqual([
      ['prototype.pilotEndDate', 'is on or after the launch date; the pilot must end before the launch (move the launch date too)'],
    ]);
    const atLaunch = validateData(structuredClone(data), undefined, ['launch', 'launchDate']);
    expect(atLaunch.filter((f) => f.severity === 'error').map((f) => f.path.join('.'))).toEqual(['launch.launchDate']);
  });
});

describe('dates in the wizard', () => {
  it('refuses a launch date on or before the end of the pilot as it is typed, and takes a later one', async () => {
    const s = await scene('copkit: 1\nprototype:\n  pilotStartDate: 2027-02-01\n  pilotEndDate: 2027-03-31\n', [
      { input: '2027-03-15', expect: 'When does the wider roll-out begin?' },
      { input: '2027-04-12' },
      { cancel: true },
    ]);
    const run = runStage({ asker: s.asker, session: s.session }, findStage('launch')!, { answered: new Set(), resumeCommand: 'copkit stage launch' });
    await expect(run).rejects.toBeInstanceOf(Cancelled);
    expect(s.asker.refused).toEqual(['That is 2027-03-15, but the pilot runs until 2027-03-31; launch after the pilot ends, so its results can decide the launch']);
    expect(s.onDisk().launch?.launchDate).toBe('2027-04-12');
  });
});
