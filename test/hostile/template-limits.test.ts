import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPARSE } from '../helpers/fixtures.js';
import { packYaml, writeFiles } from '../helpers/packs.js';
import { snapshotTree, tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

function withPack(files: Record<string, string>): string {
  const root = tempDir();
  writeFiles(root, { 'cop.yaml': SPARSE });
  writeFiles(join(root, 'pack'), { 'pack.yaml': packYaml(), ...files });
  return root;
}

/** Render with the pack: exit 1, one line naming the file, nothing written, answered quickly. */
async function refused(files: Record<string, string>): Promise<string> {
  const root = withPack(files);
  const before = snapshotTree(root);
  const result = await runIn(root, ['render', '--templates', 'pack']);
  expect(result.code, result.stderr).toBe(1);
  expect(snapshotTree(root)).toEqual(before);
  expect(existsSync(join(root, 'docs'))).toBe(false);
  const lines = result.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('hint: '));
  expect(lines, result.stderr).toHaveLength(1);
  return lines[0]!;
}

/** Nine partials p1..p9, each including the next ten times: tiny files, 10^8 tags expanded. */
function partialChain(): Record<string, string> {
  const files: Record<string, string> = { 'partials/header.hbs': '{{> p1}}\n' };
  for (let i = 1; i <= 9; i++) files[`partials/p${i}.hbs`] = i === 9 ? 'x{{copkit}}' : `{{> p${i + 1}}}`.repeat(10);
  return files;
}

describe('template limits are checked before Handlebars parses', () => {
  it.each([
    [
      '6,000 nested blocks',
      { 'partials/header.hbs': `${'{{#if copkit}}'.repeat(6000)}x${'{{/if}}'.repeat(6000)}` },
      'pack/partials/header.hbs:1:1401  error  blocks nest more than 100 deep here, the limit for a template  template',
    ],
    [
      '6,000 nested inverse blocks',
      { 'partials/header.hbs': `${'{{^if copkit}}'.repeat(6000)}x` },
      'pack/partials/header.hbs:1:1401  error  blocks nest more than 100 deep here, the limit for a template  template',
    ],
    [
      '25,000 tags',
      { 'partials/header.hbs': '{{a}}'.repeat(25000) },
      'pack/partials/header.hbs:1:100001  error  pack/partials/header.hbs has more than 20000 {{...}} tags, the limit for a template  template',
    ],
    [
      'a partial graph that expands exponentially',
      partialChain(),
      'pack/partials/p4.hbs:1:73  error  this partial brings the template past 200000 {{...}} tags once its partials are expanded, the limit for a template  template',
    ],
    ['a file over 256 KiB', { 'partials/header.hbs': 'x'.repeat(300 * 1024) }, 'error: pack/partials/header.hbs is 307200 bytes; copkit reads files of at most 262144 bytes (256 KiB)'],
  ])('%s', async (_name, files, line) => {
    expect(await refused(files)).toBe(line);
  });

  it('blocks at the limit still render, and {{else}} and {{^}} do not count as blocks', async () => {
    const root = withPack({ 'partials/header.hbs': `${'{{#if copkit}}{{else}}'.repeat(50)}${'{{#unless copkit}}{{^}}'.repeat(50)}x${'{{/unless}}'.repeat(50)}${'{{/if}}'.repeat(50)}\n` });
    const result = await runIn(root, ['render', '--templates', 'pack', '--dry-run']);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
  });
});

describe('template errors Handlebars reports without a position now have one (finding 13)', () => {
  it.each([
    [
      'calling helperMissing',
      { 'partials/header.hbs': 'a\n {{helperMissing "x"}}' },
      "pack/partials/header.hbs:2:4  error  helperMissing is Handlebars' own hook, not a helper a template can call  template",
    ],
    ['an unclosed {{!-- comment', { 'partials/header.hbs': 'a\nb {{!-- never closed' }, 'pack/partials/header.hbs:2:3  error  this {{!-- comment is never closed with --}}  template'],
    ['going up past the data with ../', { 'charter.md.hbs': '{{> header}}\n{{../../../x}}\n' }, 'pack/charter.md.hbs:2:3  error  "x" is not a field of the data this template receives  template'],
    [
      '{{> @partial-block}} in a partial included without a block',
      { 'partials/header.hbs': 'a\n{{> @partial-block}}' },
      'pack/partials/header.hbs:2:1  error  {{> @partial-block}} shows the block of a {{#> header}}...{{/header}}, but copkit:templates/charter.md.hbs includes this partial without one (line 1)  template',
    ],
    [
      '{{> @partial-block}} in a template',
      { 'charter.md.hbs': '{{> header}}\n{{> @partial-block}}\n' },
      'pack/charter.md.hbs:2:1  error  {{> @partial-block}} only works in a partial included as a block ({{#> name}}...{{/name}})  template',
    ],
    [
      'an inline partial that includes itself',
      { 'partials/header.hbs': '{{#*inline "loop"}}\nx{{> loop}}{{/inline}}{{> loop}}' },
      'pack/partials/header.hbs:2:2  error  template recursion in inline partial "loop": it includes itself  template',
    ],
  ])('%s', async (_name, files, line) => {
    expect(await refused(files)).toBe(line);
  });
});
