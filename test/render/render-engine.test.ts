import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DocumentError } from '../../src/errors.js';
import { createEngine } from '../../src/render/engine.js';
import { builtinTemplates, directorySource } from '../../src/render/template-source.js';
import { tempDir } from '../helpers/tmp.js';

/** A template folder holding `files` (name -> text). */
function pack(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return directorySource(dir, 'pack');
}

async function failure(promise: Promise<unknown> | (() => unknown)): Promise<DocumentError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return error as DocumentError;
  }
  throw new Error('expected a failure');
}

describe('the template engine', () => {
  it('renders data literally: a value is never compiled as a template', async () => {
    const engine = await createEngine(pack({ 'a.hbs': '{{name}} / {{inline name}}' }), ['a.hbs']);
    expect(engine.render('a.hbs', { name: '{{constructor}} {{#each x}}*' })).toBe('{{constructor}} {{#each x}}* / {{constructor}} {{#each x}}\\*');
  });

  it('names the file, line and column of an unknown helper, a missing field and a syntax error', async () => {
    const helper = await failure(createEngine(pack({ 'a.hbs': 'one\n  {{shout name}}' }), ['a.hbs']));
    expect(helper.file).toBe(join('pack', 'a.hbs'));
    expect(helper.position).toEqual({ line: 2, column: 3 });
    expect(helper.message).toMatch(/^unknown helper "shout"; the helpers are: inline, cell, block/);

    const engine = await createEngine(pack({ 'partials/p.hbs': 'x\n{{nme}}', 'b.hbs': '{{> p}}' }), ['b.hbs']);
    const missing = await failure(() => engine.render('b.hbs', { name: 'n' }));
    expect([missing.file, missing.position, missing.message]).toEqual([join('pack', 'partials/p.hbs'), { line: 2, column: 3 }, '"nme" is not a field of the data this template receives']);

    const syntax = await failure(createEngine(pack({ 'c.hbs': 'a\nb {{#each x}}' }), ['c.hbs']));
    expect(syntax.position?.line).toBe(2);
    expect(syntax.message).toMatch(/^template syntax error/);
  });

  it('keeps the prototype out of reach, silently', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const engine = await createEngine(
      pack({
        'a.hbs': '[{{constructor}}][{{lookup this "__proto__"}}][{{secret}}]',
        'b.hbs': '{{constructor.name}}',
      }),
      ['a.hbs', 'b.hbs'],
    );
    class Secret {
      get secret() {
        return 'leaked';
      }
    }
    expect(engine.render('a.hbs', new Secret())).toBe('[][][]');
    // Strict mode: reading through the blocked prototype is an error, not a leak.
    expect((await failure(() => engine.render('b.hbs', {}))).message).toBe('"name" is not a field of the data this template receives');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('refuses template names that would leave the template folder', async () => {
    const source = pack({ 'a.hbs': 'a' });
    for (const name of ['../a.hbs', '/etc/passwd.hbs', 'a\\b.hbs', 'partials/../../x.hbs', 'a.hbs\0']) {
      await expect(source.read(name)).rejects.toThrow('is not a valid template name');
    }
  });

  it('compiles every built-in template and partial', async () => {
    const source = builtinTemplates(process.cwd());
    expect((await source.partials()).length).toBeGreaterThan(20);
    await createEngine(source, ['charter.md.hbs', 'roles/role.md.hbs', 'launch-plan.md.hbs', 'README.md.hbs']);
  });
});

describe("the charter's risks section", () => {
  it('lists the design findings of copkit check, leaving schema findings out', async () => {
    const { buildContext } = await import('../../src/render/context/index.js');
    const engine = await createEngine(builtinTemplates(process.cwd()), ['charter.md.hbs']);
    const findings = [
      { rule: 'no-sponsor', severity: 'warning' as const, message: 'No sponsor role has a named holder', path: ['design', 'roles'] },
      { rule: 'goals-not-measurable', severity: 'warning' as const, message: 'G1 has no *target*', path: ['inquire', 'goals', 0] },
    ];
    const context = buildContext({ data: { copkit: 1 }, findings });
    const charter = engine.render('charter.md.hbs', { ...context, file: { path: 'charter.md', root: '', source: '../cop.yaml' } });
    expect(charter).toContain('- **warning** (`no-sponsor`): No sponsor role has a named holder (Design: roles)');
    expect(charter).toContain('- **warning** (`goals-not-measurable`): G1 has no \\*target\\* (Inquire: goals, entry 1)');
    expect(charter).not.toContain('copkit found no design risks');
  });
});
