/**
 * The findings of issue 15 that the first round left open, each through the built copkit as a
 * user meets it: output folders and the manifest (1, 3, 5, 10, 11), text copied from files into
 * the terminal (12, 14), settings and flags (16), a status copkit does not know (8), numbers past
 * 2^53 (15), and one wrong shape that used to cascade (18).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const roles = (name: string) => Array.from({ length: 4 }, (_, i) => `    - { id: R${i + 1}, roleKey: member, title: ${name} role ${i + 1} }`).join('\n');

/** A small design with four roles, so that a render writes several files into roles/. */
function design(name = 'Copier Tips'): string {
  return `copkit: 1\nrevision: 1\nsetup:\n  communityName: ${name}\ndesign:\n  roles:\n${roles(name)}\n`;
}

function folder(yaml = design()): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), yaml);
  return dir;
}

const cli = (dir: string, ...args: string[]) => runCli(args, { cwd: dir });
const stackTrace = /\n\s+at /;

describe('output folders and the manifest', () => {
  it('a docs/ that is a symbolic link out of the folder is refused, also in a batch render (finding 1)', async () => {
    const dir = folder();
    const outside = tempDir();
    symlinkSync(outside, join(dir, 'docs'));
    const single = await cli(dir, 'render');
    expect(single.stderr).toBe(
      'error: docs/ is a symbolic link that leads outside the folder of cop.yaml; copkit renders only into a folder inside it\nhint: Replace the link with a folder, or use --out to render somewhere else.\n',
    );
    expect(single.code).toBe(1);

    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'cop.yaml'), design());
    const batch = await cli(dir, 'render', 'cop.yaml', 'b/cop.yaml');
    expect(batch.code).toBe(1);
    expect(batch.stderr + batch.stdout).toContain('docs/ is a symbolic link that leads outside the folder of cop.yaml');
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(dir, 'b', 'docs', 'charter.md'))).toBe(true);
  });

  it('a manifest entry that aliases an output is refused instead of deleting it (finding 3)', async () => {
    const dir = folder();
    expect((await cli(dir, 'render')).code).toBe(0);
    const path = join(dir, 'docs', '.copkit-manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, string> };
    for (const alias of ['roles//R1-copier-tips-role-1.md', 'roles/./R2-copier-tips-role-2.md']) {
      const files = { ...manifest.files, [alias]: manifest.files[alias.replace(/\/\.?\//, '/')]! };
      writeFileSync(path, JSON.stringify({ ...manifest, files }));
      const result = await cli(dir, 'render');
      expect(result.stderr).toContain(`error: docs/.copkit-manifest.json lists "${alias}", which is not a path copkit writes`);
      expect(result.code).toBe(1);
    }
    expect(readdirSync(join(dir, 'docs', 'roles')).sort()).toEqual([1, 2, 3, 4].map((n) => `R${n}-copier-tips-role-${n}.md`));
  });

  it('after kill -9 part way, the next render takes nothing for a hand edit and leaves no temporary file (finding 5)', async () => {
    const dir = folder(design('Copier Tips'));
    expect((await cli(dir, 'render')).code).toBe(0);
    writeFileSync(join(dir, 'cop.yaml'), design('Copier Clinic'));
    const env = { NODE_OPTIONS: `--import=${join(repoRoot, 'test/fixtures/kill-at-open.mjs')}`, COPKIT_TEST_KILL_AT: '2', COPKIT_TEST_KILL_ON: 'rename', COPKIT_TEST_KILL_NAMES: '^\\.R\\d' };
    const killed = await runCli(['render'], { cwd: dir, env });
    expect(killed.signal).toBe('SIGKILL');
    // Two roles already renamed into place, the others still temporary files.
    expect(readdirSync(join(dir, 'docs', 'roles')).filter((n) => n.endsWith('.tmp')).length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'docs', 'roles'))).toContain('R2-copier-clinic-role-2.md');

    writeFileSync(join(dir, 'cop.yaml'), design('Copier Circle'));
    const next = await cli(dir, 'render');
    expect(next.stderr).not.toContain('conflict');
    expect(next.code).toBe(0);
    expect(readdirSync(join(dir, 'docs', 'roles')).sort()).toEqual([1, 2, 3, 4].map((n) => `R${n}-copier-circle-role-${n}.md`));
  });

  it('a manifest over the size limit is refused before it is read, in one line (finding 10)', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', '.copkit-manifest.json'), `{"copkit": 1, "files": {}, "pad": "${'x'.repeat(5 * 1024 * 1024)}"}`);
    const result = await cli(dir, 'render');
    expect(result.stderr.split('\n')[0]).toMatch(/^error: docs\/\.copkit-manifest\.json is \d+ bytes; copkit reads a manifest of at most 4194304 bytes \(4 MiB\)$/);
    expect(result.code).toBe(1);
  });

  it('a role id of 300 characters is refused by check and render at its position, nothing written (finding 11)', async () => {
    const dir = folder(`copkit: 1\nsetup:\n  communityName: Tips\ndesign:\n  roles:\n    - { id: R${'9'.repeat(299)}, roleKey: member, title: Long }\n`);
    const check = await cli(dir, 'check');
    expect(check.stdout).toMatch(/^cop\.yaml:6:13 {2}error {2}Design: roles, entry 1: "R9{36}\.\.\." is not a valid id here; ids look like R1, R2\.\.\. \(a number of at most 9 digits\) {2}schema$/m);
    expect(check.code).toBe(1);
    const render = await cli(dir, 'render');
    expect(render.code).toBe(1);
    expect(render.stderr).not.toMatch(/ENAMETOOLONG|unexpected/);
    expect(existsSync(join(dir, 'docs'))).toBe(false);
  });
});

describe('text from files reaches the terminal escaped (findings 12 and 14)', () => {
  it('no carriage return or escape sequence from cop.yaml or a pack is printed raw', async () => {
    const dir = folder('copkit: 1\nsetup:\n  communityName: "Tips \\e]0;owned\\a"\n  bad\rkey: 1\n');
    const outputs = [await cli(dir, 'check'), await cli(dir, 'status')];
    writeFileSync(join(dir, 'cop.yaml'), 'copkit: 1\nsetup:\n  communityName: "a\rb\n');
    outputs.push(await cli(dir, 'check'));
    mkdirSync(join(dir, 'pack'));
    writeFileSync(join(dir, 'pack', 'pack.yaml'), 'name: "Acme \\e[2J"\nversion: "1"\ndescription: d\n"k\\e[31m": 1\n');
    writeFileSync(join(dir, 'cop.yaml'), design());
    outputs.push(await cli(dir, 'render', '--dry-run', '--templates', 'pack'));
    for (const { stdout, stderr } of outputs) {
      expect(stdout + stderr).not.toMatch(/[\r\u001b\u0007]/);
      expect(stderr).not.toMatch(stackTrace);
    }
    expect(outputs[0]!.stdout).toContain('Setup: "bad\\u000dkey" is not a field copkit knows');
    expect(outputs[3]!.stderr).toContain('unknown key "k\\u001b[31m" in pack.yaml');
  });
});

describe('settings and flags (finding 16)', () => {
  it('render.templates naming a folder without pack.yaml is pointed at in cop.yaml', async () => {
    const dir = folder(`${design()}render:\n  templates: /etc\n`);
    const result = await cli(dir, 'render', '--dry-run');
    expect(result.stderr.split('\n')[0]).toBe('cop.yaml:12:14  error  The template pack: /etc/ is not a template pack: it has no pack.yaml  render');
    expect(result.code).toBe(1);
  });

  it('status --json on unparsable YAML prints JSON on stdout', async () => {
    const dir = folder('copkit: 1\nsetup: [\n');
    const result = await cli(dir, 'status', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ readable: false, error: { line: 3, column: 1 } });
    expect(result.code).toBe(1);
  });

  it("render --out '' is refused and writes nothing into the working folder", async () => {
    const dir = folder();
    const result = await cli(dir, 'render', '--out', '');
    expect(result.stderr).toBe('error: --out needs the path of a folder to render into\n');
    expect(result.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['cop.yaml']);
  });
});

describe('values the schema must hold back', () => {
  it('a progress status copkit does not know is a finding, not a crash of status (finding 8)', async () => {
    const dir = folder('copkit: 1\nsetup:\n  communityName: Tips\nprogress: { inquire: { status: done } }\n');
    const result = await cli(dir, 'status');
    expect(result.stdout + result.stderr).not.toMatch(/unexpected error|toLowerCase/);
    expect(result.stdout).toContain('Inquire');
    expect(result.code).toBe(1);
  });

  it('a revision above 2^53 is an error, and a save refuses to lower it (finding 15)', async () => {
    const yaml = 'copkit: 1\nrevision: 9007199254740993\nsetup:\n  communityName: Tips\n';
    const dir = folder(yaml);
    const check = await cli(dir, 'check');
    expect(check.stdout).toContain('cop.yaml:2:11  error  Revision: has too many digits to be kept exactly (whole numbers go up to 9007199254740991)  schema');
    expect(check.code).toBe(1);
    writeFileSync(join(dir, 'a.yaml'), 'inquire:\n  domain: Copiers.\n');
    const stage = await cli(dir, 'stage', 'inquire', '--answers', 'a.yaml', '--yes');
    expect(stage.code).toBe(1);
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8')).toBe(yaml);
  });

  it('a design that is a string is reported once, not as dozens of findings that follow from it (finding 18)', async () => {
    const example = readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), 'utf8');
    const dir = folder(example.replace(/^design:\n(?:(?: .*)?\n)+/m, 'design: a string\n'));
    const check = await cli(dir, 'check', '--json');
    const { findings } = JSON.parse(check.stdout) as { findings: { path: string; message: string }[] };
    expect(findings.map((f) => `${f.path}: ${f.message}`)).toEqual(['design: should be a set of named fields, not "a string"; what depends on it is not checked until this is fixed']);
    expect(check.code).toBe(1);
    const status = JSON.parse((await cli(dir, 'status', '--json')).stdout) as { check: { errors: number; warnings: number } };
    expect(status.check).toMatchObject({ errors: 1, warnings: 0 });
  });
});
