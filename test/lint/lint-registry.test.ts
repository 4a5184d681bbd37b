import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRules } from '../../src/lint/index.js';
import { lintReference } from '../../src/lint/reference.js';
import { documentShape } from '../../src/model/document-shape.js';
import type { Shape } from '../../src/model/shape.js';
import { repoRoot } from '../helpers/cli.js';

/** The severities DOMAIN.md section 8 gives (and the ones we chose for the further candidates). */
const SEVERITIES: Record<string, string> = {
  'no-coordinator': 'error',
  'no-sponsor': 'warning',
  'thin-core-group': 'warning',
  'launch-before-prototype-gate': 'error',
  'pilot-without-success-criteria': 'error',
  'untested-assumptions': 'warning',
  'goal-without-activity': 'error',
  'goals-not-measurable': 'warning',
  'purpose-area-unsupported': 'warning',
  'member-value-missing': 'warning',
  'face-to-face-gap': 'warning',
  'no-rhythm': 'warning',
  'no-peripheral-on-ramp': 'warning',
  'single-visibility-space': 'info',
  'missing-async-home': 'warning',
  'no-technology-steward': 'warning',
  'big-bang-launch': 'warning',
  'unresourced-roles': 'warning',
  'value-measures-only-activity': 'warning',
  'no-review-cycle': 'warning',
  'no-code-of-conduct': 'warning',
  'public-sector-notice': 'info',
  'overlap-unchecked': 'info',
  'no-exit-plan': 'info',
  'over-managed': 'warning',
  'channel-without-life': 'warning',
  'too-many-tools': 'warning',
  'inside-outside-dialogue': 'info',
  'familiarity-and-excitement': 'info',
  'member-data-protection': 'info',
  'momentum-gap': 'warning',
};

/** Whether `design.roles[].holder` names a field cop.yaml really has. */
function fieldExists(dotted: string): boolean {
  let shape: Shape | undefined = documentShape;
  for (const part of dotted.split('.')) {
    const key = part.replace(/\[\]$/, '');
    if (shape?.type !== 'object') return false;
    shape = shape.fields[key];
    if (part.endsWith('[]')) shape = shape?.type === 'list' ? shape.item : undefined;
  }
  return shape !== undefined;
}

describe('the lint rule registry', () => {
  it("has the twenty rules of DOMAIN.md section 8, its four further candidates and seven of copkit's own, with their severities", () => {
    expect(Object.fromEntries(lintRules.map((r) => [r.id, r.severity]))).toEqual(SEVERITIES);
    expect(lintRules.map((r) => r.id)).toEqual(Object.keys(SEVERITIES));
  });

  it('describes every rule fully and reads only fields that exist', () => {
    for (const rule of lintRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      for (const text of [rule.summary, rule.why, rule.fix, rule.source]) expect(text.trim().length, rule.id).toBeGreaterThan(10);
      expect(rule.reads.length, rule.id).toBeGreaterThan(0);
      for (const field of rule.reads) expect(fieldExists(field), `${rule.id} reads ${field}`).toBe(true);
      for (const field of rule.appliesWhen.orWhenSet ?? []) expect(fieldExists(field), `${rule.id} gate ${field}`).toBe(true);
    }
  });

  it('has a triggering and a clean test document for every rule', () => {
    const dir = join(repoRoot, 'test/lint');
    const tested = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/ruleCases\(\s*'([a-z-]+)'/g)].map((m) => m[1])),
    );
    expect(lintRules.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe('docs/lint-rules.md', () => {
  it('is the page the rules generate (run `npm run docs` after changing a rule)', () => {
    const committed = readFileSync(join(repoRoot, 'docs/lint-rules.md'), 'utf8');
    expect(committed === lintReference(), 'docs/lint-rules.md is stale: run `npm run docs` and commit it').toBe(true);
  });

  it('gives every rule its section with severity, when it applies, why, source, fix and how to switch it off', () => {
    const page = lintReference();
    for (const rule of lintRules) {
      const start = page.indexOf(`\n## ${rule.id}\n`);
      expect(start, rule.id).toBeGreaterThan(0);
      const section = page.slice(start, page.indexOf('\n## ', start + 1) >>> 0 || undefined);
      for (const part of ['**Severity:**', '**Applies:**', '**Reads:**', '**Why it matters.**', '**Source.**', '**How to fix it.**']) {
        expect(section, `${rule.id} ${part}`).toContain(part);
      }
      expect(section).toContain(`\`lint: { disable: [${rule.id}] }\``);
      expect(page).toContain(`| [\`${rule.id}\`](#${rule.id}) |`);
    }
  });
});
