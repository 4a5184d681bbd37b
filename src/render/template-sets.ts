/**
 * The templates one run renders with, compiled once per distinct stack of packs: a run that
 * renders a thousand designs with the same pack (or none) compiles the templates once. The stack
 * is, first consulted first: `--templates`, the design's `render.templates`, copkit's own.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../model/suggest.js';
import { documentTemplates } from './documents.js';
import type { Engine } from './engine.js';
import type { PackNotice } from './pack.js';
import { hasPrecompiledBuiltins, precompiledBuiltins } from './precompiled.js';
import type { PrecompiledSet } from './precompiled.js';
import type { PackOrigin } from './pack-folder.js';
import { builtinLayer, layeredSource, partialFiles, partialName } from './template-source.js';
import type { TemplateLayer, TemplateSource } from './template-source.js';

/** A pack folder to put on the stack: absolute, as messages show it (ending in `/`), and why. */
export interface PackChoice {
  dir: string;
  display: string;
  origin: PackOrigin;
}

export interface TemplateSet {
  engine: Engine;
  source: TemplateSource;
}

export interface TemplateSets {
  /** The compiled templates for this stack of packs (built-in last), and notices not yet given. */
  get(packs: readonly PackChoice[]): Promise<{ set: TemplateSet; notices: PackNotice[] }>;
  /**
   * A sha256 over every file in a template folder (names and bytes; links followed only inside it,
   * as a pack's are), once per run: what a render's inputs record of its templates. copkit's own
   * folder, in a build, is named by the build instead (its templates come precompiled).
   */
  folderHash(dir: string): Promise<string>;
  /** Open the packs and layer them, without compiling (for `copkit templates list`). */
  source(packs: readonly PackChoice[]): Promise<{ source: TemplateSource; notices: PackNotice[] }>;
}

async function realOr(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * `precompiled`: where copkit's own precompiled templates come from (the build's module, see
 * precompiled.ts); a test can hand in a set it precompiled itself.
 */
export function templateSets(cwd: string, options: { precompiled?: () => Promise<PrecompiledSet | undefined> } = {}): TemplateSets {
  const precompiled = options.precompiled ?? precompiledBuiltins;
  const builtin = builtinLayer(cwd);
  const packs = new Map<string, Promise<{ layer: TemplateLayer; notices: PackNotice[] }>>();
  const sets = new Map<string, Promise<{ set: TemplateSet; notices: PackNotice[] }>>();
  const given = new Set<string>();
  const hashes = new Map<string, Promise<string>>();
  // A build renders copkit's own templates from its precompiled module, never from templates/
  // (engine.ts), and the build's id, part of every inputs hash, covers that module: reading and
  // hashing the 70 files of templates/ would tell nothing more, yet cost an unchanged render
  // a tenth of its time. Run from the sources, or with a set a test hands in, they are hashed.
  const fromBuild = options.precompiled === undefined && hasPrecompiledBuiltins();

  /** Each notice once per run, however many designs share the pack. */
  const fresh = (notices: readonly PackNotice[]) =>
    notices.filter((n) => {
      const key = `${n.file}\0${n.position?.line}\0${n.message}`;
      if (given.has(key)) return false;
      given.add(key);
      return true;
    });

  const stack = async (choices: readonly PackChoice[]) => {
    const opened: { key: string; layer: TemplateLayer; notices: PackNotice[] }[] = [];
    for (const choice of choices) {
      const key = await realOr(choice.dir);
      if (opened.some((o) => o.key === key)) continue;
      if (!packs.has(key))
        packs.set(
          key,
          import('./pack-folder.js').then(({ openPack }) => openPack(choice.dir, choice.display, choice.origin)),
        );
      opened.push({ key, ...(await packs.get(key)!) });
    }
    return {
      key: JSON.stringify(opened.map((o) => o.key)),
      source: layeredSource([...opened.map((o) => o.layer), builtin]),
      notices: opened.flatMap((o) => o.notices),
    };
  };

  return {
    async get(choices) {
      const { key, source, notices } = await stack(choices);
      if (!sets.has(key)) sets.set(key, compileSet(source, notices, precompiled));
      const result = await sets.get(key)!;
      return { set: result.set, notices: fresh(result.notices) };
    },
    folderHash(dir) {
      if (!hashes.has(dir)) hashes.set(dir, dir === builtin.root && fromBuild ? Promise.resolve('precompiled by the build') : hashFolder(dir));
      return hashes.get(dir)!;
    },
    async source(choices) {
      const { source, notices } = await stack(choices);
      return { source, notices: fresh(notices) };
    },
  };
}

async function compileSet(source: TemplateSource, notices: PackNotice[], precompiled: () => Promise<PrecompiledSet | undefined>): Promise<{ set: TemplateSet; notices: PackNotice[] }> {
  // Handlebars loads only when templates are compiled, not for `copkit templates list`.
  const { createEngine } = await import('./engine.js');
  const engine = await createEngine(source, documentTemplates, { precompiled: await precompiled() });
  return { set: { engine, source }, notices: [...notices, ...(await unusedPackPartials(source, engine))] };
}

/** A pack's partial that no template uses is most likely a misspelt override of a built-in one. */
async function unusedPackPartials(source: TemplateSource, engine: Engine): Promise<PackNotice[]> {
  const builtin = source.layers[source.layers.length - 1]!;
  const builtinNames = (await partialFiles(builtin)).map(partialName);
  const notices: PackNotice[] = [];
  for (const name of engine.unusedPartials) {
    const layer = await source.locate(name);
    if (!layer || layer.builtin) continue;
    const guess = closest(
      partialName(name),
      builtinNames.filter((n) => n !== partialName(name)),
    );
    const hint = guess ? ` (did you mean to replace partials/${guess}.hbs?)` : '';
    notices.push({ file: `${layer.display}${name}`, position: undefined, message: `no template uses this partial, so it is ignored${hint}` });
  }
  return notices;
}

async function hashFolder(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      hash.update(`missing ${prefix}\0`);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = `${prefix}${entry.name}`;
      if (entry.isDirectory()) await walk(join(dir, entry.name), `${name}/`);
      else if (entry.isFile())
        hash
          .update(`${name}\0`)
          .update(await readFile(join(dir, entry.name)))
          .update('\0');
      // A link is hashed as its target's text, whatever it is; the render itself checks where it leads.
      else if (entry.isSymbolicLink()) hash.update(`${name} -> ${await readlink(join(dir, entry.name)).catch(() => '?')}\0`);
    }
  };
  await walk(root, '');
  return hash.digest('hex');
}
