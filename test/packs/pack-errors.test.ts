import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { SPARSE } from '../helpers/fixtures.js';
import { packYaml, writeFiles } from '../helpers/packs.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';

/** A design folder with the early draft design and a pack in `pack/` holding `files`. */
function withPack(files: Record<string, string>): string {
  const root = tempDir();
  writeFiles(root, { 'cop.yaml': SPARSE });
  writeFiles(join(root, 'pack'), { 'pack.yaml': packYaml(), ...files });
  return root;
}

/** Render with the pack; expect exit 1, one error line (and perhaps a hint), nothing written. */
async function oneError(root: string, args: string[] = ['--templates', 'pack']): Promise<string> {
  const before = snapshotTree(root);
  const result = await runIn(root, ['render', ...args]);
  expect(result.code, result.stderr).toBe(1);
  expect(snapshotTree(root)).toEqual(before);
  expect(existsSync(join(root, 'docs'))).toBe(false);
  const lines = result.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('hint: '));
  expect(lines, result.stderr).toHaveLength(1);
  return lines[0]!;
}

describe('a faulty pack is one error naming the pack file and its line', () => {
  it.each([
    [
      'an unclosed block',
      { 'partials/header.hbs': 'x\n{{#if copkit}}\nunclosed\n' },
      'pack/partials/header.hbs:4:1  error  template syntax error: the file ends before a {{...}} tag or a {{#...}} block is closed  template',
    ],
    ['a mismatched closing tag', { 'partials/header.hbs': '\n{{#if copkit}}{{/each}}\n' }, "pack/partials/header.hbs:2:4  error  if doesn't match each  template"],
    ['a malformed tag', { 'partials/header.hbs': 'x\ny\na {{foo}\n' }, 'pack/partials/header.hbs:3:1  error  template syntax error in this line: "a {{foo}"  template'],
    [
      'an unknown helper',
      { 'charter.md.hbs': '{{> header}}\n\n{{shout community.name}}\n' },
      'pack/charter.md.hbs:3:1  error  unknown helper "shout"; the helpers are: inline, cell, block, heading, code, link, comment, eq, concat, plural, translate, money, percent, ganttSection, ganttTask  template',
    ],
    [
      'a missing partial',
      { 'partials/header.hbs': '<!-- x -->\n  {{> footer}}\n' },
      'pack/partials/header.hbs:2:3  error  partial "footer" not found: no partials/footer.hbs in the pack or in copkit\'s templates  template',
    ],
    ['a missing variable', { 'partials/header.hbs': '<!-- x -->\n  {{community.nmae}}\n' }, 'pack/partials/header.hbs:2:5  error  "nmae" is not a field of the data this template receives  template'],
    [
      'a missing variable inside a block',
      { 'README.md.hbs': '# x\n\n{{#each stages}}\n- {{titel}}\n{{/each}}\n' },
      'pack/README.md.hbs:4:5  error  "titel" is not a field of the data this template receives  template',
    ],
    [
      'a string no pack.yaml defines',
      { 'README.md.hbs': '# x\n\n{{#if community.name}}{{@root.strings.tagline}}{{/if}}\n' },
      'pack/README.md.hbs:3:25  error  strings.tagline is used here, but no pack.yaml defines it under strings  template',
    ],
    [
      'a partial that includes itself',
      { 'partials/header.hbs': '<!-- x -->\n{{#if copkit}}\n{{> header}}\n{{/if}}\n' },
      'pack/partials/header.hbs:3:1  error  template recursion in partial "header": header > header; a partial cannot include itself  template',
    ],
    [
      'partials that include each other',
      { 'partials/header.hbs': '{{> footer}}\n', 'partials/footer.hbs': 'x {{> pager}}\n', 'partials/pager.hbs': '\n{{> footer}}\n' },
      'pack/partials/pager.hbs:2:1  error  template recursion in partial "footer": footer > pager > footer; a partial cannot include itself  template',
    ],
    [
      'a partial named from data',
      { 'partials/header.hbs': '{{> (concat "head" "er")}}\n' },
      'pack/partials/header.hbs:1:1  error  a partial must be named in the template ({{> name}}); copkit does not pick partials from data  template',
    ],
    ['a decorator', { 'partials/header.hbs': '{{* log "x"}}\n' }, 'pack/partials/header.hbs:1:1  error  only {{#*inline "name"}} decorators are allowed in templates  template'],
  ])('%s', async (_name, files, line) => {
    expect(await oneError(withPack(files))).toBe(line);
  });

  it('a partial that includes itself through an inline partial is stopped, not a stack overflow', async () => {
    const root = withPack({ 'partials/header.hbs': '{{#*inline "loop"}}x{{> loop}}{{/inline}}{{> loop}}\n' });
    expect(await oneError(root)).toBe('pack/partials/header.hbs:1:21  error  template recursion in inline partial "loop": it includes itself  template');
  });

  it('a template nested too deeply is refused by its limit before it is compiled', async () => {
    const root = withPack({ 'partials/header.hbs': `${'{{#if copkit}}'.repeat(5000)}x${'{{/if}}'.repeat(5000)}\n` });
    expect(await oneError(root)).toBe('pack/partials/header.hbs:1:1401  error  blocks nest more than 100 deep here, the limit for a template  template');
  });

  it.each([
    [
      'a version that is a number',
      'name: a\nversion: 2\ndescription: d\n',
      'pack/pack.yaml:2:10  error  version must be text without spaces, such as "1.2.0" (in quotes if it looks like a number), not the number 2  pack',
    ],
    ['a missing description', 'name: a\nversion: "2"\n', 'pack/pack.yaml:1:1  error  pack.yaml needs a description  pack'],
    [
      'strings that are not text',
      'name: a\nversion: "2"\ndescription: d\nstrings:\n  title: Title\n  count: 3\n',
      'pack/pack.yaml:6:10  error  strings.count must be text, a list of texts or a group of named texts, not the number 3  pack',
    ],
    [
      'a string named like a prototype property',
      'name: a\nversion: "2"\ndescription: d\nstrings:\n  constructor: x\n',
      'pack/pack.yaml:5:3  error  "constructor" cannot name a string: use letters, digits, "_" and "-", starting with a letter (and not a reserved name such as constructor)  pack',
    ],
    ['a YAML tag', 'name: a\nversion: "2"\ndescription: !!js/function "function () { return 1 }"\n', 'pack/pack.yaml:3:28  error  YAML tags (!!js/function) are not supported in pack.yaml  yaml'],
    ['not a mapping', '- a\n- b\n', 'pack/pack.yaml:1:1  error  pack/pack.yaml must be a set of named fields (name, version, description, strings)  pack'],
  ])('pack.yaml with %s', async (_name, yaml, line) => {
    expect(await oneError(withPack({ 'pack.yaml': yaml }))).toBe(line);
  });

  it('a folder without pack.yaml is not a pack; a missing --templates folder is a usage error', async () => {
    const root = withPack({});
    mkdirSync(join(root, 'plain'));
    expect(await oneError(root, ['--templates', 'plain'])).toBe('error: plain/ is not a template pack: it has no pack.yaml');
    const missing = await runIn(root, ['render', '--templates', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('error: --templates: nowhere/ is not a folder (a template pack is a folder with a pack.yaml)\n');
  });

  it('a render.templates that is not a folder points at its line in cop.yaml', async () => {
    const root = withPack({});
    writeFileSync(join(root, 'cop.yaml'), `${SPARSE}render:\n  templates: ../no-such-pack\n`);
    expect(await oneError(root, [])).toMatch(/^cop\.yaml:8:14 {2}error {2}The template pack: \/.*\/no-such-pack\/ is not a folder \(a template pack is a folder with a pack\.yaml\) {2}render$/);
  });
});

describe('a pack cannot reach outside itself', () => {
  it('refuses partial names that climb out of the partials folder', async () => {
    for (const name of ['../../../etc/passwd', '[../secret]', 'partials/header']) {
      const line = await oneError(withPack({ 'partials/header.hbs': `{{> ${name}}}\n` }));
      expect(line).toMatch(
        /^pack\/partials\/header\.hbs:1:1 {2}error {2}".*" is not a partial name: a partial is a file partials\/<name>\.hbs of the pack or of copkit's templates, named without folders {2}template$/,
      );
    }
  });

  it('refuses a template or partial that is a symbolic link to a file outside the pack', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.hbs'), 'TOP SECRET {{community.name}}\n');
    const root = withPack({});
    mkdirSync(join(root, 'pack/partials'));
    symlinkSync(join(outside, 'secret.hbs'), join(root, 'pack/partials/header.hbs'));
    expect(await oneError(root)).toBe("error: pack/partials/header.hbs leads outside pack/ through a symbolic link; copkit reads a pack's files only from inside the pack");

    const viaFolder = withPack({});
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(viaFolder, 'pack/roles'));
    writeFileSync(join(elsewhere, 'role.md.hbs'), 'stolen\n');
    expect(await oneError(viaFolder)).toBe("error: pack/roles/role.md.hbs leads outside pack/ through a symbolic link; copkit reads a pack's files only from inside the pack");
  });

  it('ignores, with a warning, a partial named like a property every object has', async () => {
    const root = withPack({ 'partials/constructor.hbs': 'x\n', 'README.md.hbs': '# {{> constructor}}\n' });
    const result = await runIn(root, ['render', '--templates', 'pack', '--only', 'readme']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pack/partials/constructor.hbs  warning  not a usable partial name');
    expect(result.stderr).toContain('pack/README.md.hbs:1:3  error  partial "constructor" not found');
  });

  it('follows a symbolic link that stays inside the pack', async () => {
    const root = withPack({ 'shared/readme.hbs': '# Shared {{community.name}}\n' });
    symlinkSync(join(root, 'pack/shared/readme.hbs'), join(root, 'pack/README.md.hbs'));
    const result = await runIn(root, ['render', '--templates', 'pack', '--only', 'readme']);
    expect(result.code, result.stderr).toBe(0);
    expect(snapshotTree(join(root, 'docs'))['README.md']).toBe(Buffer.from('# Shared Copier Tips\n').toString('base64'));
  });

  it('runs no code from a pack and keeps the prototype out of reach', async () => {
    const root = withPack({
      'package.json': '{ "main": "index.js" }',
      'index.js': 'require("fs").writeFileSync(__dirname + "/../ran", "x")',
      'helpers.js': 'require("fs").writeFileSync(__dirname + "/../ran", "x")',
      'README.md.hbs': '# [{{constructor}}][{{lookup this "__proto__"}}][{{lookup community "constructor"}}]\n',
    });
    const result = await runIn(root, ['render', '--templates', 'pack', '--only', 'readme']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('Access has been denied');
    expect(snapshotTree(join(root, 'docs'))['README.md']).toBe(Buffer.from('# [][][]\n').toString('base64'));
    expect(existsSync(join(root, 'ran'))).toBe(false);
  });
});
