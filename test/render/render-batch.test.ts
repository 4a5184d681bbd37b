import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { wantsOptimiser } from '../../src/jit-policy.js';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { SPARSE } from '../helpers/fixtures.js';
import { writeFiles, writePack } from '../helpers/packs.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';

/** A consultant's folder: `clients/<name>/cop.yaml` for each entry. */
function clients(designs: Record<string, string>): string {
  const root = tempDir();
  for (const [name, yaml] of Object.entries(designs)) writeFiles(join(root, 'clients', name), { 'cop.yaml': yaml });
  return root;
}

const named = (name: string) => SPARSE.replace('Copier Tips', name);
const files = (root: string) => Object.keys(snapshotTree(root)).sort();

/**
 * A docs folder as bytes, but for the inputs hash in its manifest: that names the build of copkit
 * that rendered (the committed examples are rendered by the built CLI, these tests from the sources).
 */
function documentsOf(dir: string): Record<string, string> {
  const tree = snapshotTree(dir);
  const manifest = JSON.parse(Buffer.from(tree['.copkit-manifest.json']!, 'base64').toString('utf8')) as { inputs?: { sha256?: string } };
  if (manifest.inputs) manifest.inputs.sha256 = '(the build that rendered)';
  return { ...tree, '.copkit-manifest.json': JSON.stringify(manifest) };
}

describe('copkit render with many designs', () => {
  it('renders each beside itself with one line each, carries on after failures and exits 1', async () => {
    const root = clients({
      alpha: named('Alpha'),
      broken: 'copkit: 1\nsetup: [unclosed\n',
      gamma: named('Gamma'),
      invalid: 'copkit: 1\ninquire:\n  goals:\n    - { id: G1, byDate: soon }\n',
    });
    const list = ['alpha', 'broken', 'gamma', 'invalid', 'missing'].map((c) => `clients/${c}/cop.yaml`);
    const result = await runIn(root, ['render', ...list]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'clients/alpha/cop.yaml: 6 created (clients/alpha/docs/)',
      expect.stringMatching(/^clients\/broken\/cop\.yaml:3:1 {2}error {2}invalid YAML: .* {2}yaml$/),
      'clients/gamma/cop.yaml: 6 created (clients/gamma/docs/)',
      'clients/invalid/cop.yaml: error: clients/invalid/cop.yaml has an error; copkit renders only a valid design',
      'clients/missing/cop.yaml: error: clients/missing/cop.yaml not found',
      '5 designs: 2 rendered, 3 failed',
      'hint: Render a failed design on its own (copkit render FILE) to see its plan file by file.',
      '',
    ]);
    expect(readFileSync(join(root, 'clients/gamma/docs/README.md'), 'utf8')).toContain('# Gamma');
    expect(files(root).filter((f) => f.includes('docs'))).toEqual([
      'clients/alpha/docs/.copkit-manifest.json',
      'clients/alpha/docs/README.md',
      'clients/alpha/docs/charter.md',
      'clients/alpha/docs/evaluation-report.md',
      'clients/alpha/docs/growth-plan.md',
      'clients/alpha/docs/launch-plan.md',
      'clients/alpha/docs/pilot-report.md',
      'clients/gamma/docs/.copkit-manifest.json',
      'clients/gamma/docs/README.md',
      'clients/gamma/docs/charter.md',
      'clients/gamma/docs/evaluation-report.md',
      'clients/gamma/docs/growth-plan.md',
      'clients/gamma/docs/launch-plan.md',
      'clients/gamma/docs/pilot-report.md',
    ]);

    const again = await runIn(root, ['render', 'clients/alpha/cop.yaml', 'clients/gamma/cop.yaml']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('clients/alpha/cop.yaml: 6 unchanged (clients/alpha/docs/)\nclients/gamma/cop.yaml: 6 unchanged (clients/gamma/docs/)\n2 designs: 2 rendered, 0 failed\n');
  });

  it('--check names the designs whose documents are out of date, and writes nothing', async () => {
    const root = clients({ a: named('A'), b: named('B') });
    expect((await runIn(root, ['render', 'clients/a/cop.yaml', 'clients/b/cop.yaml'])).code).toBe(0);
    writeFileSync(join(root, 'clients/b/cop.yaml'), named('Bee'));
    const before = snapshotTree(root);
    const result = await runIn(root, ['render', '--check', 'clients/a/cop.yaml', 'clients/b/cop.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      ['clients/a/cop.yaml: up to date (clients/a/docs/)', 'clients/b/cop.yaml: out of date: 6 to update (clients/b/docs/)', '2 designs: 1 up to date, 1 out of date, 0 failed', ''].join('\n'),
    );
    expect(snapshotTree(root)).toEqual(before);
  });

  it('reports an error in a shared pack once, and renders the designs that do not use it', async () => {
    const root = clients({
      a: `${named('A')}render:\n  templates: ../../packs/broken\n`,
      b: named('B'),
      c: `${named('C')}render:\n  templates: ../../packs/broken\n`,
      d: `${named('D')}render:\n  templates: ../../packs/good\n`,
    });
    writePack(join(root, 'packs/broken'), { 'partials/header.hbs': '<!-- x -->\n{{> footer}}\n' });
    writePack(join(root, 'packs/good'), { 'README.md.hbs': '# Good {{community.name}}\n' }, 'good');
    const result = await runIn(root, ['render', ...['a', 'b', 'c', 'd'].map((c) => `clients/${c}/cop.yaml`)]);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').slice(0, 6)).toEqual([
      'packs/broken/partials/header.hbs:2:1  error  partial "footer" not found: no partials/footer.hbs in the pack or in copkit\'s templates  template',
      'clients/a/cop.yaml: error: not rendered: its templates have an error (packs/broken/partials/header.hbs:2:1)',
      'clients/b/cop.yaml: 6 created (clients/b/docs/)',
      'clients/c/cop.yaml: error: not rendered: its templates have an error (packs/broken/partials/header.hbs:2:1)',
      'clients/d/cop.yaml: 6 created (clients/d/docs/) with pack good 1.0.0',
      '4 designs: 2 rendered, 2 failed',
    ]);
    expect(readFileSync(join(root, 'clients/d/docs/README.md'), 'utf8')).toBe('# Good D\n');
    expect(existsSync(join(root, 'clients/a/docs'))).toBe(false);
  });

  it('gives each warning about a pack once per run', async () => {
    const root = clients({ a: named('A'), b: named('B') });
    writeFiles(join(root, 'pack'), { 'pack.yaml': 'name: p\nversion: "1"\ndescription: d\nauthor: me\n' });
    const result = await runIn(root, ['render', '--templates', 'pack', '--dry-run', 'clients/a/cop.yaml', 'clients/b/cop.yaml']);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/unknown key "author"/g)).toHaveLength(1);
    expect(result.stderr).toContain('2 designs: 2 planned, 0 failed; nothing was written (preview)');
  });

  it('compiles the templates once per run for each distinct set of packs, not once per design', async () => {
    const root = clients({ a: named('A'), b: named('B'), c: named('C'), d: `${named('D')}render:\n  templates: ../../pack\n`, e: `${named('E')}render:\n  templates: ../../pack\n` });
    writePack(join(root, 'pack'), { 'README.md.hbs': '# {{community.name}}\n' });
    const create = vi.spyOn(Handlebars, 'create');
    const result = await runIn(root, ['render', ...['a', 'b', 'c', 'd', 'e'].map((c) => `clients/${c}/cop.yaml`)]);
    expect(result.code, result.stderr).toBe(0);
    expect(create).toHaveBeenCalledTimes(2);
    create.mockRestore();
  });

  it('renders the examples and a broken design in one run: the broken one does not stop the others', async () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'examples'), root, { recursive: true });
    writeFiles(join(root, 'broken'), { 'cop.yaml': 'copkit: 1\nrevision: [\n' });
    for (const name of ['field-service-technicians', 'secretaires-de-mairie']) rmSync(join(root, name, 'docs'), { recursive: true });
    const result = await runIn(root, ['render', 'broken/cop.yaml', 'field-service-technicians/cop.yaml', 'secretaires-de-mairie/cop.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      expect.stringMatching(/^broken\/cop\.yaml:3:1 {2}error {2}invalid YAML: /),
      'field-service-technicians/cop.yaml: 70 created (field-service-technicians/docs/)',
      'secretaires-de-mairie/cop.yaml: 64 created (secretaires-de-mairie/docs/) with pack atelier-praxis 2.3.0',
      '3 designs: 2 rendered, 1 failed',
      'hint: Render a failed design on its own (copkit render FILE) to see its plan file by file.',
      '',
    ]);
    for (const name of ['field-service-technicians', 'secretaires-de-mairie']) {
      expect(documentsOf(join(root, name, 'docs'))).toEqual(documentsOf(join(repoRoot, 'examples', name, 'docs')));
    }
  });

  it('--out takes one design only', async () => {
    const result = await runIn(tempDir(), ['render', '--out', 'x', 'a.yaml', 'b.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --out takes a single design file; render the others separately\n');
  });
});

describe('the optimising compiler', () => {
  it.each([
    [['render', 'cop.yaml'], false],
    [['status'], false],
    [['render', ...Array.from({ length: 31 }, (_, i) => `c${i}/cop.yaml`)], false],
    [['render', ...Array.from({ length: 32 }, (_, i) => `c${i}/cop.yaml`)], true],
    [['--no-color', 'render', '--only', 'charter', '--templates', 'pack', ...Array.from({ length: 40 }, (_, i) => `c${i}.yaml`)], true],
    [['check', ...Array.from({ length: 40 }, (_, i) => `c${i}.yaml`)], false],
  ])('is used for %j: %s', (argv, expected) => {
    expect(wantsOptimiser(argv)).toBe(expected);
  });
});

// Rendering on threads is tested in test/e2e/render-jobs.test.ts: the worker is a file of the built bundle.
describe('copkit render --jobs', () => {
  it('refuses a number of jobs that is not a whole number from 1 to 64', async () => {
    const root = clients({ alpha: named('Alpha') });
    for (const jobs of ['0', 'two', '65', '1.5']) {
      const result = await runIn(root, ['render', '--jobs', jobs, 'clients/alpha/cop.yaml']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--jobs needs a whole number');
    }
  });
});
