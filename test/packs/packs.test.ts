import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { writeFiles, writePack } from '../helpers/packs.js';
import { copyExample, snapshotTree, tempDir } from '../helpers/tmp.js';

/** The example design in `<root>/design/`, without its docs, optionally naming a pack in cop.yaml. */
function design(root: string, templates?: string): string {
  const dir = copyExample('field-service-technicians');
  rmSync(join(dir, 'docs'), { recursive: true, force: true });
  // Markdown only: the other formats have their own tests (test/formats/).
  const yaml = readFileSync(join(dir, 'cop.yaml'), 'utf8').replace(/^ {2}formats: .*\n/m, '');
  const target = join(root, 'design');
  writeFiles(target, { 'cop.yaml': templates ? yaml.replace('  outDir: docs', `  outDir: docs\n  templates: ${templates}`) : yaml });
  return target;
}

/** Every rendered document of a design, as text. */
function docs(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, b64] of Object.entries(snapshotTree(join(dir, 'docs')))) out[path] = Buffer.from(b64, 'base64').toString('utf8');
  return out;
}

/** The same design rendered with the built-in templates alone. */
async function builtinDocs(): Promise<Record<string, string>> {
  const root = tempDir();
  const dir = design(root);
  expect((await runIn(root, ['render', 'design/cop.yaml'])).code).toBe(0);
  return docs(dir);
}

/** A document's text after copkit's generated-file comment (its first heading onwards). */
const body = (text: string) => text.slice(text.search(/^# /m));

describe('template packs', () => {
  it('look up each file in --templates, then render.templates, then the built-in set', async () => {
    const root = tempDir();
    const dir = design(root, '../house');
    writePack(join(root, 'house'), {
      'charter.md.hbs': '{{> header}}\n\n# House charter for {{community.name}}\n',
      'launch-plan.md.hbs': '{{> header}}\n\n# House launch plan\n',
      'partials/header.hbs': '<!-- house header, revision {{copkit.revision}} -->\n',
    });
    writePack(join(root, 'tools/cli'), { 'charter.md.hbs': '{{> header}}\n\n# Charter from the command line\n' }, 'cli');

    const result = await runIn(root, ['render', 'design/cop.yaml', '--templates', 'tools/cli']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('design/docs: 23 created with packs cli 1.0.0, acme 1.0.0');
    const out = docs(dir);
    const builtin = await builtinDocs();
    // --templates wins for the charter; the partial it includes comes from render.templates.
    expect(out['charter.md']).toBe('<!-- house header, revision 14 -->\n\n# Charter from the command line\n');
    expect(out['launch-plan.md']).toBe('<!-- house header, revision 14 -->\n\n# House launch plan\n');
    // The index and the role descriptions are copkit's own templates, with the pack's header.
    expect(out['README.md']!.startsWith('<!-- house header, revision 14 -->\n')).toBe(true);
    expect(body(out['README.md']!)).toBe(body(builtin['README.md']!));
    expect(body(out['roles/R8-clinic-host.md']!)).toBe(body(builtin['roles/R8-clinic-host.md']!));
    expect(Object.keys(out).sort()).toEqual(Object.keys(builtin).sort());
  });

  it('may hold a single partial and inherit everything else', async () => {
    const root = tempDir();
    const dir = design(root, '../one-partial');
    writePack(join(root, 'one-partial'), {
      'partials/charter-why-now.hbs': '## 3. Why now\n\nAsk {{inline community.facilitator}} why this community, and why now.\n',
    });
    expect((await runIn(root, ['render', 'design/cop.yaml'])).code).toBe(0);
    const out = docs(dir);
    const builtin = await builtinDocs();
    for (const path of Object.keys(builtin)) {
      if (path !== 'charter.md' && path !== '.copkit-manifest.json') expect(out[path], path).toBe(builtin[path]);
    }
    const charter = builtin['charter.md']!;
    const [three, four] = [charter.search(/^## 3\. /m), charter.search(/^## 4\. /m)];
    const expected = `${charter.slice(0, three)}## 3. Why now\n\nAsk Maribel Okafor why this community, and why now.\n\n${charter.slice(four)}`;
    expect(out['charter.md']).toBe(expected);
  });

  it('gives templates the strings of pack.yaml; the first pack that defines a string wins', async () => {
    const root = tempDir();
    const dir = design(root, '../house');
    writeFiles(join(root, 'house'), {
      'pack.yaml': 'name: house\nversion: "2.1"\ndescription: House style\nstrings:\n  tagline: Learning together\n  labels:\n    stage: Stage\n    done: finished\n',
      'README.md.hbs': '# {{strings.tagline}}\n\n{{#each stages}}\n- {{@root.strings.labels.stage}} {{id}}{{#if complete}}: {{../strings.labels.done}}{{/if}}\n{{/each}}\n',
    });
    writeFiles(join(root, 'cli'), { 'pack.yaml': 'name: cli\nversion: "1"\ndescription: Overrides\nstrings:\n  labels:\n    done: complete\n' });
    const result = await runIn(root, ['render', 'design/cop.yaml', '--templates', 'cli', '--only', 'readme']);
    expect(result.code, result.stderr).toBe(0);
    expect(docs(dir)['README.md']).toBe(
      '# Learning together\n\n- Stage setup: complete\n- Stage inquire: complete\n- Stage design: complete\n- Stage prototype: complete\n- Stage launch: complete\n- Stage grow: complete\n- Stage sustain: complete\n',
    );
  });

  it("translates copkit's own words with strings.labels, and leaves words it has no translation for", async () => {
    const root = tempDir();
    const dir = design(root, '../fr');
    writeFiles(join(root, 'fr'), {
      'pack.yaml':
        'name: fr\nversion: "1"\ndescription: x\nstrings:\n  labels:\n    "Complete": "Terminé"\n    "Helping: members solve everyday problems together": "Entraide"\n    "Monthly": "Mensuel"\n',
      'README.md.hbs':
        '# {{translate charter.communityType}}\n\n{{#each stages}}\n- {{translate status}}\n{{/each}}\n\n{{#each charter.activities}}\n- {{cell (translate levels)}} / {{translate frequency}}\n{{/each}}\n',
    });
    expect((await runIn(root, ['render', 'design/cop.yaml', '--only', 'readme'])).code).toBe(0);
    const readme = docs(dir)['README.md']!;
    expect(readme.startsWith('# Entraide\n\n- Terminé\n- Terminé\n')).toBe(true);
    expect(readme).toContain('- Core group, Active, Occasional, Peripheral / Mensuel\n');
    expect(readme).toContain('/ Every two weeks\n');
  });

  it('reads render.templates relative to cop.yaml and --templates relative to the working folder', async () => {
    const root = tempDir();
    design(root, 'brand');
    writePack(join(root, 'design/brand'), { 'README.md.hbs': "# From the design's own pack\n" });
    writePack(join(root, 'design/brand-two'), { 'README.md.hbs': '# From --templates\n' });
    expect((await runIn(join(root, 'design'), ['render', '--only', 'readme'])).code).toBe(0);
    expect(readFileSync(join(root, 'design/docs/README.md'), 'utf8')).toBe("# From the design's own pack\n");
    const result = await runIn(root, ['render', 'design/cop.yaml', '--only', 'readme', '--templates', 'design/brand-two']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, 'design/docs/README.md'), 'utf8')).toBe('# From --templates\n');
  });

  it('warns about files it will not use and keys it does not know, and renders anyway', async () => {
    const root = tempDir();
    design(root, '../house');
    writeFiles(join(root, 'house'), {
      'pack.yaml': 'name: house\nversion: "1"\ndescription: x\nauthor: Acme\n',
      'charter.hbs': 'misnamed',
      'partials/charter-goal.hbs': 'misspelt override',
      'README.md': 'notes about the pack are fine',
    });
    const result = await runIn(root, ['render', 'design/cop.yaml', '--dry-run']);
    expect(result.code).toBe(0);
    const warnings = result.stderr.split('\n').filter((l) => l.includes('  warning  '));
    expect(warnings).toEqual([
      'house/pack.yaml:4:1  warning  unknown key "author" in pack.yaml; copkit ignores it (it knows name, version, description, strings, stylesheet)  pack',
      'house/charter.hbs  warning  not a template copkit uses, so it is ignored (did you mean charter.md.hbs?); `copkit templates list` shows the templates  pack',
      'house/partials/charter-goal.hbs  warning  no template uses this partial, so it is ignored (did you mean to replace partials/charter-goals.hbs?)  pack',
    ]);
  });
});

describe('copkit templates list', () => {
  it('shows each template, the file it resolves to and its pack', async () => {
    const root = tempDir();
    design(root, '../house');
    writePack(join(root, 'house'), { 'partials/header.hbs': 'x', 'partials/footer.hbs': 'y' });
    const result = await runIn(root, ['templates', 'list', '--file', 'design/cop.yaml']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    // Where a person finds what named each pack: the design file, not the setting's path.
    expect(lines[0]).toMatch(/^pack {6}version {2}folder {13}named in$/);
    expect(lines[1]).toBe('acme      1.0.0    house/             design/cop.yaml');
    expect(lines[2]).toMatch(/^built-in {2}0\.1\.0 {4}copkit:templates\/ {2}copkit$/);
    expect(result.stdout).toMatch(/\npartials\/header\.hbs +acme +house\/partials\/header\.hbs\n/);
    expect(result.stdout).toMatch(/\npartials\/footer\.hbs +acme +house\/partials\/footer\.hbs\n/);
    expect(result.stdout).toMatch(/\ncharter\.md\.hbs +built-in +copkit:templates\/charter\.md\.hbs\n/);

    const json = JSON.parse((await runIn(root, ['templates', 'list', '--json', '--file', 'design/cop.yaml', '--templates', 'house'])).stdout) as {
      packs: { name: string; from: string }[];
      templates: { name: string; pack: string; file: string }[];
    };
    expect(json.packs.map((p) => [p.name, p.from])).toEqual([
      ['acme', '--templates'],
      ['built-in', 'copkit'],
    ]);
    expect(json.templates.slice(0, 7).map((t) => t.name)).toEqual([
      'charter.md.hbs',
      'roles/role.md.hbs',
      'launch-plan.md.hbs',
      'pilot-report.md.hbs',
      'growth-plan.md.hbs',
      'evaluation-report.md.hbs',
      'README.md.hbs',
    ]);
    expect(json.templates.find((t) => t.name === 'partials/header.hbs')).toEqual({ name: 'partials/header.hbs', pack: 'acme', file: 'house/partials/header.hbs' });
  });

  it('lists the built-in set where there is no cop.yaml, and fails on a named one that is missing', async () => {
    const root = tempDir();
    const plain = await runIn(root, ['templates', 'list']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('roles/role.md.hbs');
    const missing = await runIn(root, ['templates', 'list', '--file', 'nope.yaml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: nope.yaml not found\nhint: Run `copkit init` to start a design here, or name another file with --file.\n');
  });
});

describe('copkit templates eject', () => {
  it('copies built-in templates into a new pack, byte for byte, with a pack.yaml that renders', async () => {
    const root = tempDir();
    const result = await runIn(root, ['templates', 'eject', 'charter', 'header', 'partials/charter-goals.hbs', '--to', 'packs/acme']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      '  create     packs/acme/pack.yaml\n  create     packs/acme/charter.md.hbs\n  create     packs/acme/partials/charter-goals.hbs\n  create     packs/acme/partials/header.hbs\n',
    );
    expect(result.stderr).toContain('packs/acme: 4 created, 0 kept as they were');
    const tree = snapshotTree(join(root, 'packs/acme'));
    expect(Object.keys(tree).sort()).toEqual(['charter.md.hbs', 'pack.yaml', 'partials/charter-goals.hbs', 'partials/header.hbs']);
    const builtin = (name: string) => readFileSync(join(repoRoot, 'templates', name)).toString('base64');
    expect(tree['charter.md.hbs']).toBe(builtin('charter.md.hbs'));
    expect(tree['partials/header.hbs']).toBe(builtin('partials/header.hbs'));

    const dir = design(root, '../packs/acme');
    expect((await runIn(root, ['render', 'design/cop.yaml'])).code).toBe(0);
    expect(docs(dir)).toEqual(await builtinDocs().then((d) => ({ ...d, '.copkit-manifest.json': docs(dir)['.copkit-manifest.json'] })));
  });

  it('never overwrites a file, and copies into render.templates when --to is not given', async () => {
    const root = tempDir();
    design(root, '../house');
    writeFiles(join(root, 'house'), { 'pack.yaml': 'name: mine\nversion: "3"\ndescription: kept\n', 'charter.md.hbs': 'my charter' });
    const before = snapshotTree(join(root, 'house'));
    const result = await runIn(root, ['templates', 'eject', 'charter', 'role', '--file', 'design/cop.yaml']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("  kept       house/charter.md.hbs  (already in the pack; copkit never overwrites a pack's files)");
    expect(result.stderr).toContain('  create     house/roles/role.md.hbs');
    const after = snapshotTree(join(root, 'house'));
    expect(after['charter.md.hbs']).toBe(before['charter.md.hbs']);
    expect(after['pack.yaml']).toBe(before['pack.yaml']);
  });

  it('refuses unknown names, a missing target and links in the pack, writing nothing there', async () => {
    const root = tempDir();
    const unknown = await runIn(root, ['templates', 'eject', '../../etc/passwd', '--to', 'pack']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: no built-in template is called "../../etc/passwd"');
    const typo = await runIn(root, ['templates', 'eject', 'chartr', '--to', 'pack']);
    expect(typo.stderr).toContain('(did you mean charter?)');
    const nowhere = await runIn(root, ['templates', 'eject', 'charter']);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('error: say which pack to copy the templates into: --to DIR');
    expect(snapshotTree(root)).toEqual({});

    const outside = tempDir();
    writePack(join(root, 'pack'), {});
    symlinkSync(outside, join(root, 'pack/partials'));
    const linked = await runIn(root, ['templates', 'eject', 'header', '--to', 'pack']);
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain('  refused    pack/partials/header.hbs  (partials is a symbolic link; copkit does not write through it)');
    expect(snapshotTree(outside)).toEqual({});
  });
});
