/**
 * A pack and the HTML pages: the page frame (`html/page.html.hbs`) and its partials
 * (`html-header`, `html-footer`) are pack files like the others (one may be replaced alone, a
 * misspelt one is a warning, a link out of the pack is refused, an unknown field is an error at
 * its line), and whatever they print from the design reaches the page escaped. A pack's style
 * sheet follows the same rules.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE, SPARSE } from '../helpers/fixtures.js';
import { runIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/tmp.js';

const PACK_YAML = 'name: house\nversion: "1.0.0"\ndescription: House style\n';

/** A design rendering HTML with the pack `house/` holding `files`. */
function withPack(files: Record<string, string>, yaml = SPARSE): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'cop.yaml'), `${yaml}render:\n  templates: house\n  formats: [html]\n`);
  for (const [name, text] of Object.entries({ 'pack.yaml': PACK_YAML, ...files })) {
    mkdirSync(join(dir, 'house', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'house', name), text);
  }
  return dir;
}

const page = (dir: string, name = 'charter.html') => readFileSync(join(dir, 'docs/html', name), 'utf8');

describe("a pack's HTML partials", () => {
  it('replace the header and the footer of every page and leave the rest built-in', async () => {
    const dir = withPack({
      'partials/html-header.hbs': '<header class="house">{{page.community}} · {{strings.brand}}</header>\n',
      'partials/html-footer.hbs': '<footer>{{page.title}}, revision {{page.revision}}</footer>\n',
      'pack.yaml': `${PACK_YAML}strings:\n  brand: Atelier & Co\n`,
    });
    const result = await runIn(dir, ['render']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/warning/);
    const html = page(dir);
    expect(html).toContain('<header class="house">Copier Tips · Atelier &amp; Co</header>\n<main>');
    expect(html).toMatch(/<footer>[^<]+, revision \d+<\/footer>\n<\/body>/);
    expect(html).not.toContain('<nav');
    expect(page(dir, 'index.html')).toContain('<header class="house">');
  });

  it('print answers escaped: a community name holding markup stays text', async () => {
    const dir = withPack({ 'partials/html-header.hbs': '<header>{{page.community}}</header>\n' }, HOSTILE);
    const result = await runIn(dir, ['render']);
    expect(result.code, result.stderr).toBe(0);
    const header = /<header>(.*)<\/header>/.exec(page(dir))![1]!;
    expect(header).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(header).not.toContain('<script>');
  });

  it('may replace the whole page frame, which must still be valid Handlebars with known fields', async () => {
    const dir = withPack({ 'html/page.html.hbs': '<!DOCTYPE html>\n<html lang="{{page.lang}}"><head><title>{{page.title}}</title></head><body>{{page.body}}</body></html>\n' });
    const ok = await runIn(dir, ['render']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(page(dir)).toMatch(/^<!DOCTYPE html>\n<html lang="en"><head><title>[^<]+<\/title><\/head><body><h1>/);
    writeFileSync(join(dir, 'house/html/page.html.hbs'), '<html>\n{{page.bodee}}\n</html>\n');
    const bad = await runIn(dir, ['render', '--force']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^house\/html\/page\.html\.hbs:2:\d+ +error +"bodee" is not a field of the data this template receives/m);
  });

  it('warns about a misspelt partial, as for any other pack file', async () => {
    const dir = withPack({ 'partials/html-heder.hbs': '<header>x</header>\n' });
    const result = await runIn(dir, ['render']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('house/partials/html-heder.hbs  warning  no template uses this partial, so it is ignored (did you mean to replace partials/html-header.hbs?)  pack');
    expect(page(dir)).toContain('<nav aria-label="Documents">');
  });

  it('refuses a partial or a style sheet that leads out of the pack through a symbolic link', async () => {
    const dir = withPack({});
    writeFileSync(join(dir, 'outside.hbs'), '<header>secret</header>\n');
    writeFileSync(join(dir, 'outside.css'), 'body { color: red; }\n');
    mkdirSync(join(dir, 'house/partials'));
    symlinkSync(join(dir, 'outside.hbs'), join(dir, 'house/partials/html-header.hbs'));
    const partial = await runIn(dir, ['render']);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/house\/partials\/html-header\.hbs leads outside house\/ through a symbolic link/);
    writeFileSync(join(dir, 'house/pack.yaml'), `${PACK_YAML}stylesheet: house.css\n`);
    symlinkSync(join(dir, 'outside.css'), join(dir, 'house/house.css'));
    const css = await runIn(dir, ['render', '--templates', 'house']);
    expect(css.code).toBe(1);
    expect(css.stderr).toMatch(/house\/pack\.yaml:4:13 +error +house\/house\.css leads outside the pack through a symbolic link/);
  });

  it('are listed by templates list and copied by templates eject', async () => {
    const dir = withPack({ 'partials/html-footer.hbs': '<footer></footer>\n' });
    const list = await runIn(dir, ['templates', 'list', '--templates', 'house']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/html\/page\.html\.hbs/);
    expect(list.stdout).toMatch(/partials\/html-footer\.hbs.*house/);
    const eject = await runIn(dir, ['templates', 'eject', 'html/page.html.hbs', 'partials/html-header.hbs', '--to', 'mine']);
    expect(eject.code, eject.stderr).toBe(0);
    expect(readFileSync(join(dir, 'mine/partials/html-header.hbs'), 'utf8')).toContain('<nav aria-label="Documents">');
    expect(readFileSync(join(dir, 'mine/html/page.html.hbs'), 'utf8')).toContain('{{> html-header}}');
  });
});
