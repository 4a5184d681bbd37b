import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/cli.js';

interface Step {
  name?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parse(readFileSync(join(repoRoot, 'docs/github-workflow.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((s) => s.run ?? '');

function stepRunning(command: string): Step {
  const step = steps.find((s) => s.run?.split('\n').some((line) => line.trim().startsWith(command)));
  expect(step, command).toBeDefined();
  return step!;
}

describe('the documented GitHub workflow', () => {
  it('runs on pull requests and may comment on them', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.permissions['pull-requests']).toBe('write');
  });

  it('annotates cop.yaml with copkit check, checks the documents, and posts the diff as Markdown', () => {
    stepRunning('copkit check --format github');
    expect(stepRunning('copkit render --check').if).toContain('!cancelled()');
    const post = stepRunning('copkit diff');
    expect(post.run).toMatch(/copkit diff "origin\/\$BASE_REF" --format markdown > (\S+)\n[^\n]*gh pr comment [^\n]*--body-file \1/);
    expect(post.if).toContain('!cancelled()');
  });

  it('passes pull-request values through the environment, never into the script text', () => {
    for (const run of runs) expect(run).not.toContain('${{');
  });

  it('installs copkit on a Node version copkit supports', () => {
    expect(runs.some((r) => r.includes('npm install --global copkit'))).toBe(true);
    const setup = steps.find((s) => (s as { uses?: string }).uses?.startsWith('actions/setup-node')) as { with?: { 'node-version'?: number } } | undefined;
    expect(setup?.with?.['node-version']).toBeGreaterThanOrEqual(20);
  });
});
