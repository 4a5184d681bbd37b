/**
 * A render that fails part-way (the disk fills up at the Nth file): every file is either its old
 * or its new version, the manifest records what is really on disk, the message lists what was
 * written and what was not, and later renders carry on as if nothing had happened.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { failingWrites } from '../helpers/faults.js';
import { tempDir } from '../helpers/tmp.js';

const EXAMPLE = join(repoRoot, 'examples/field-service-technicians');

/** Every file under docs/ (manifest aside) with its text. */
function docs(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== '.copkit-manifest.json') out.set(relative(join(dir, 'docs'), full), readFileSync(full, 'utf8'));
    }
  };
  walk(join(dir, 'docs'));
  return out;
}

function manifest(dir: string): Record<string, string> {
  return (JSON.parse(readFileSync(join(dir, 'docs/.copkit-manifest.json'), 'utf8')) as { files: Record<string, string> }).files;
}

/** Only the documents' own writes count, not the manifest's (written first and last). */
const MARKDOWN = /\.md\./;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The example, rendered, then renamed in cop.yaml so that every document changes. */
function renamedExample(name: string): string {
  const dir = tempDir();
  cpSync(EXAMPLE, dir, { recursive: true });
  const path = join(dir, 'cop.yaml');
  // Markdown only (the committed docs/ keep theirs): the other formats have their own tests (test/formats/).
  rmSync(join(dir, 'docs'), { recursive: true, force: true });
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^ {2}formats: .*\n/m, ''));
  expect(spawnSync(process.execPath, [join(repoRoot, 'bin/copkit.js'), 'render'], { cwd: dir }).status).toBe(0);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/communityName: .*/, `communityName: ${name}`));
  return dir;
}

/** What a render without faults makes of the same design. */
async function renderedCleanly(name: string): Promise<Map<string, string>> {
  const dir = renamedExample(name);
  expect((await runCli(['render'], { cwd: dir })).code).toBe(0);
  return docs(dir);
}

describe('copkit render when the disk fills up part-way', () => {
  it('leaves each file old or new, records what it wrote, says so, and the next render carries on', async () => {
    const dir = renamedExample('Copier Clinic');
    const before = docs(dir);
    const after = await renderedCleanly('Copier Clinic');
    const result = await runCli(['render'], { cwd: dir, env: failingWrites('ENOSPC:3', MARKDOWN) });

    expect(result.code).toBe(1);
    const message = result.stderr.slice(result.stderr.indexOf('error:'));
    expect(message).toBe(
      [
        'error: could not write docs/roles/R2-co-coordinator-organisation-and-reporting.md: the disk is full',
        'Written (2):',
        '  docs/charter.md',
        '  docs/roles/R1-community-coordinator.md',
        `Not written or removed, each still as it was (${before.size - 2}):`,
        ...[...before.keys()]
          .filter((p) => !['charter.md', 'roles/R1-community-coordinator.md'].includes(p))
          .sort((a, b) => order(a) - order(b))
          .map((p) => `  docs/${p}`),
        'docs/.copkit-manifest.json records exactly these, so the next render carries on from here.',
        'hint: Once the cause is fixed, render again to write the rest.',
        '',
      ].join('\n'),
    );

    const now = docs(dir);
    expect([...now.keys()].sort()).toEqual([...before.keys()].sort()); // no temporary file left
    for (const [path, text] of now) {
      const written = ['charter.md', 'roles/R1-community-coordinator.md'].includes(path);
      expect(text, path).toBe(written ? after.get(path) : before.get(path));
      expect(manifest(dir)[path], path).toBe(sha(text));
    }

    // cop.yaml changes again before the next render: nothing is mistaken for a hand edit.
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/communityName: .*/, 'communityName: Copier Circle'));
    const next = await runCli(['render'], { cwd: dir });
    expect(next.stderr).not.toContain('conflict');
    expect(next.code).toBe(0);
    expect(docs(dir)).toEqual(await renderedCleanly('Copier Circle'));
  });

  it('says so when even the manifest cannot be updated afterwards, and the next render still carries on', async () => {
    const dir = renamedExample('Copier Clinic');
    // Write 1 is the manifest copkit writes before the first file; 2 the charter; 3 and on fail.
    const result = await runCli(['render'], { cwd: dir, env: failingWrites('ENOSPC:3+') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Written (1):\n  docs/charter.md\n');
    expect(result.stderr).toContain('docs/.copkit-manifest.json could not be tidied up, but it lists each of these files as it was and as it is now, so the next render carries on from here.');

    // cop.yaml changes before the next render: neither the new charter nor the old roles are taken for hand edits.
    const path = join(dir, 'cop.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/communityName: .*/, 'communityName: Copier Circle'));
    const again = await runCli(['render'], { cwd: dir });
    expect(again.stderr).not.toContain('conflict');
    expect(again.code).toBe(0);
    for (const [path, text] of docs(dir)) expect(manifest(dir)[path], path).toBe(sha(text));
  });

  it('a failure at the first file writes nothing and says so', async () => {
    const dir = renamedExample('Copier Clinic');
    const before = docs(dir);
    const manifestBefore = manifest(dir);
    const result = await runCli(['render'], { cwd: dir, env: failingWrites('ENOSPC:1', MARKDOWN) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: could not write docs/charter.md: the disk is full\nNothing was written: every file is as it was.\n');
    expect(docs(dir)).toEqual(before);
    expect(manifest(dir)).toEqual(manifestBefore);
  });
});

/** The order render writes in: charter, roles by number, launch plan, index. */
function order(path: string): number {
  if (path === 'charter.md') return 0;
  const role = /^roles\/R(\d+)-/.exec(path);
  if (role) return Number(role[1]);
  // After the roles, the documents in the order the index lists them; the index itself comes last.
  const after = ['launch-plan.md', 'pilot-report.md', 'growth-plan.md', 'evaluation-report.md', 'README.md'];
  return 1000 + after.indexOf(path);
}
