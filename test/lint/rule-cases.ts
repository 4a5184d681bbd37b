import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/findings.js';
import { runWith } from '../helpers/in-process.js';
import { leaks } from '../helpers/plain-words.js';

export interface Expected {
  line: number;
  column: number;
  message: string;
  severity?: Severity;
}

export interface RuleCase {
  /** What makes the rule fire, for the test name. */
  fires: string;
  trigger: string;
  expect: Expected[];
  /** What the clean document does differently, for the test name. */
  quiet: string;
  clean: string;
  today?: string;
}

interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

/** The findings of one rule that `copkit check --json` reports for a document. */
export async function findingsOf(rule: string, yaml: string, today?: string): Promise<JsonFinding[]> {
  const result = await runWith(yaml, ['check', '--json'], today);
  expect(result.stderr).toBe('');
  const json = JSON.parse(result.stdout) as { findings: JsonFinding[] };
  return json.findings.filter((f) => f.rule === rule);
}

/**
 * What `copkit check` and `copkit status` print in text for a document: between them the rule
 * cases trip every rule, so every lint message (and status's advice) is scanned for field paths
 * and camelCase names (issue 11; test/helpers/plain-words.ts).
 */
async function textLeaks(yaml: string, today?: string): Promise<string[]> {
  const found: string[] = [];
  for (const command of ['check', 'status']) {
    const result = await runWith(yaml, [command], today);
    for (const leak of leaks(result.stdout + result.stderr)) found.push(`${command}: ${leak}`);
  }
  return found;
}

/** A triggering and a clean document for a rule, checking each finding's position and message. */
export function ruleCases(rule: string, cases: readonly RuleCase[], severity: Severity): void {
  describe(rule, () => {
    for (const c of cases) {
      it(`fires when ${c.fires}`, async () => {
        const found = await findingsOf(rule, c.trigger, c.today);
        expect(found.map(({ line, column, message, severity: s }) => ({ line, column, message, severity: s }))).toEqual(c.expect.map((e) => ({ severity, ...e })));
        expect(await textLeaks(c.trigger, c.today)).toEqual([]);
      });
      it(`stays quiet when ${c.quiet}`, async () => {
        expect(await findingsOf(rule, c.clean, c.today)).toEqual([]);
      });
    }
  });
}
