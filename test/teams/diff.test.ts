import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

const example = readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), 'utf8');

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

/** The versions committed, one per kind of change, each tagged. */
const versions: [string, string][] = [];
{
  const base = edit(example, 'title: Executive sponsor\n      holder: Priya Raman', 'title: Executive sponsor\n      holder: TBD');
  versions.push(['base', base]);
  let answers = edit(base, 'title: Executive sponsor\n      holder: TBD', 'title: Executive sponsor\n      holder: Priya Raman');
  answers = edit(answers, 'sustain: { status: complete, updated: 2026-11-26 }', 'sustain: { status: inProgress, updated: 2026-11-26 }');
  answers = edit(answers, 'communityType: helping', 'communityType: bestPractice');
  versions.push(['answers', answers]);
  let lists = edit(answers, '  benefits:\n', "    - id: G5\n      statement: Keep veterans' know-how before they retire.\n  benefits:\n");
  lists = edit(lists, '    - How do heat, humidity and paper stock cause faults on customer sites?\n', '');
  versions.push(['lists', lists]);
  versions.push(['comment', edit(lists, 'copkit: 1\n', '# Reviewed by the core group in November.\ncopkit: 1\n')]);
  const g3 = lists.slice(lists.indexOf('    - id: G3'), lists.indexOf('    - id: G4'));
  const g4 = lists.slice(lists.indexOf('    - id: G4'), lists.indexOf('    - id: G5'));
  versions.push(['reorder', edit(lists, g3 + g4, g4 + g3)]);
}

let repo = '';

beforeAll(() => {
  // One repository for the whole file (tempDir's folders go after each test).
  repo = mkdtempSync(join(tmpdir(), 'copkit-diff-'));
  git(repo, 'init', '-q');
  for (const [tag, text] of versions) {
    writeFileSync(join(repo, 'cop.yaml'), text);
    git(repo, 'add', 'cop.yaml');
    git(repo, 'commit', '-q', '-m', tag);
    git(repo, 'tag', tag);
  }
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('copkit diff over a git repository', () => {
  it('names answers by their short labels, list items by id and name, and status changes', async () => {
    const result = await runIn(repo, ['diff', 'base', 'answers']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('cop.yaml: base (revision 14) → answers (revision 14)');
    expect(result.stdout).toContain('\nDesign\n');
    expect(result.stdout).toContain('  Role R3 Executive sponsor: holder TBD → Priya Raman\n');
    expect(result.stdout).toContain('  Kind of community: Helping: members solve everyday problems together → Best practice: develop and spread proven ways of working\n');
    expect(result.stdout).toMatch(/\nSustain\n {2}Status: Complete → In progress\n/);
    expect(result.stdout).not.toContain('Comments changed');
    expect(result.stdout).not.toMatch(/communityType|bestPractice|inProgress/);
  });

  it('reports items and entries added and removed, grouped by stage in stage order', async () => {
    const { stdout } = await runIn(repo, ['diff', 'answers', 'lists']);
    expect(stdout).toContain("\nInquire\n  Goal G5 Keep veterans' know-how before they retire. added\n");
    expect(stdout).toContain('  Learning agenda: removed How do heat, humidity and paper stock cause faults on customer sites?\n');
    expect(stdout.indexOf('\nInquire\n')).toBeLessThan(stdout.indexOf('\nDesign\n'));
  });

  it('says when only comments changed, and when only the order of items did', async () => {
    const comment = await runIn(repo, ['diff', 'lists', 'comment', '--exit-code']);
    expect(comment.stdout).toContain('Only comments changed; no answers changed.');
    expect(comment.stdout).not.toMatch(/\n {2}/);
    expect(comment.code).toBe(1);
    const reorder = await runIn(repo, ['diff', 'lists', 'reorder']);
    expect(reorder.stdout).toContain('\nInquire\n  Goals: order changed\n');
    expect(reorder.stdout.split('\n').slice(1).join('\n')).not.toMatch(/added|removed|→/);
  });

  it('compares HEAD with the working file by default, and exits 0 with no changes', async () => {
    const same = await runIn(repo, ['diff', '--exit-code']);
    expect(same).toMatchObject({ code: 0, stderr: '' });
    expect(same.stdout).toContain('cop.yaml: HEAD (revision 14) → working file (revision 14)');
    expect(same.stdout).toContain('No changes.');
    writeFileSync(join(repo, 'cop.yaml'), versions.at(-1)![1].replace('\n', '\n\n'));
    const spacing = await runIn(repo, ['diff', '--exit-code']);
    expect(spacing.stdout).toContain('Only formatting changed');
    expect(spacing.code).toBe(1);
    writeFileSync(join(repo, 'cop.yaml'), versions.at(-1)![1]);
  });

  it('compares two files given by path', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.yaml'), versions[0]![1]);
    writeFileSync(join(dir, 'new.yaml'), versions[1]![1]);
    const { code, stdout } = await runIn(dir, ['diff', 'old.yaml', 'new.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('cop.yaml: old.yaml (revision 14) → new.yaml (revision 14)');
    expect(stdout).toContain('holder TBD → Priya Raman');
  });

  it('prints Markdown for a pull-request comment that passes markdownlint', async () => {
    const { stdout } = await runIn(repo, ['diff', 'base', 'lists', '--format', 'markdown']);
    expect(stdout).toMatch(/^## Design changes in `cop.yaml`\n\n`base` \(revision 14\) → `lists` \(revision 14\)\n/);
    expect(stdout).toContain('\n### Design\n\n');
    expect(stdout).toContain('- Role R3 Executive sponsor: holder TBD → Priya Raman\n');
    const dir = tempDir();
    writeFileSync(join(dir, 'comment.md'), stdout);
    // A pull-request comment starts below the page's own title, and GitHub shows a line break in a
    // comment as a break, so answers stay on one line: those two rules do not apply to a comment.
    writeFileSync(join(dir, '.markdownlint.json'), JSON.stringify({ MD013: false, MD041: false }));
    const lint = await markdownlint(dir);
    expect(lint.output).toContain('Summary: 0 error(s)');
  });

  it('prints JSON with paths, kinds and the values as shown', async () => {
    const { code, stdout } = await runIn(repo, ['diff', 'base', 'answers', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { changed: boolean; comments: boolean; groups: { stage: string; changes: Record<string, unknown>[] }[] };
    expect(json.changed).toBe(true);
    expect(json.comments).toBe(false);
    expect(json.groups.map((g) => g.stage)).toEqual(['design', 'sustain']);
    expect(json.groups[0]!.changes).toContainEqual({
      kind: 'changed',
      scope: 'field',
      path: 'design.roles[2].holder',
      subject: 'Role R3 Executive sponsor',
      field: 'holder',
      before: 'TBD',
      after: 'Priya Raman',
    });
  });

  it('names a revision that does not exist, in one line, with exit 1', async () => {
    const result = await runIn(repo, ['diff', 'no-such-tag']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot read cop\.yaml at no-such-tag/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await runIn(repo, ['diff', '--format', 'html'])).code).toBe(2);
  });
});

function markdownlint(cwd: string): Promise<{ output: string }> {
  const bin = join(repoRoot, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '*.md'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', () => resolve({ output }));
  });
}
