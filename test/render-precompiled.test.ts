/**
 * copkit's own templates precompiled (as the build does) render byte for byte what the same
 * templates compiled at run time render: for both examples, the second through a template pack
 * that replaces some of the built-in files, so the mixed case (a pack's files compiled, the rest
 * precompiled) is covered too.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { precompileTemplates } from '../src/render/precompile.js';
import type { PrecompiledSet } from '../src/render/precompiled.js';
import { planDesignRender } from '../src/render/render-design.js';
import { templateSets } from '../src/render/template-sets.js';
import { documentKinds } from '../src/render/documents.js';
import { repoRoot } from './helpers/cli.js';
import { tempDir } from './helpers/tmp.js';

async function precompiled(): Promise<PrecompiledSet> {
  const file = join(tempDir(), 'builtin-templates.mjs');
  writeFileSync(file, precompileTemplates(join(repoRoot, 'templates')));
  return ((await import(pathToFileURL(file).href)) as { builtinTemplates: PrecompiledSet }).builtinTemplates;
}

async function outputs(dir: string, sets: ReturnType<typeof templateSets>): Promise<Record<string, string>> {
  const outcome = await planDesignRender({
    copPath: join(dir, 'cop.yaml'),
    copDisplay: 'cop.yaml',
    outDir: join(dir, 'out'),
    kinds: documentKinds,
    formats: undefined,
    force: false,
    templates: sets,
    packs: [],
    cwd: dir,
  });
  return Object.fromEntries(outcome.plan.files.map((f) => [f.path, typeof f.content === 'string' ? f.content : Buffer.from(f.content ?? '').toString('base64')]));
}

describe('precompiled built-in templates', () => {
  it('covers every template file and renders both examples byte for byte as compiling them does', async () => {
    const set = await precompiled();
    expect(Object.keys(set)).toContain('partials/header.hbs');
    const examples = tempDir();
    cpSync(join(repoRoot, 'examples'), examples, { recursive: true });
    for (const example of ['field-service-technicians', 'secretaires-de-mairie']) {
      const dir = join(examples, example);
      rmSync(join(dir, 'docs'), { recursive: true, force: true });
      const compiled = await outputs(dir, templateSets(dir, { precompiled: async () => undefined }));
      const pre = await outputs(dir, templateSets(dir, { precompiled: async () => set }));
      expect(Object.keys(compiled).length).toBeGreaterThan(5);
      expect(pre).toEqual(compiled);
    }
  });
});
