import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CopFile } from '../document/cop-file.js';
import { UsageError } from '../errors.js';
import { displayPath } from '../io/display-path.js';
import type { GlobalOptions } from '../options.js';
import { builtinFiles, ejectTemplates, selectFiles } from '../render/eject.js';
import { resolvePack } from '../render/pack-choice.js';
import { designPacks } from '../render/render-design.js';
import { templateSets } from '../render/template-sets.js';
import type { PackChoice } from '../render/template-sets.js';
import type { CommandDeps, Result } from './report.js';
import { designFile } from './shared.js';
import type { EjectResult, ListResult, TemplateRow } from './templates-messages.js';

export interface TemplatesOptions extends GlobalOptions {
  /** Whether --file was given (a missing default cop.yaml is fine; a named one must exist). */
  fileGiven: boolean;
}

/** The packs in use here: `--templates`, then `render.templates` of the design, if there is one. */
async function packsInUse(options: TemplatesOptions & { templates?: string | undefined }, deps: CommandDeps): Promise<PackChoice[]> {
  const packs: PackChoice[] = [];
  if (options.templates !== undefined) {
    const { dir, origin } = await resolvePack(options.templates, deps.cwd, { setting: '--templates' });
    packs.push({ dir, display: displayPath(deps.cwd, dir), origin });
  }
  const { path, display } = designFile(options, deps);
  if (options.fileGiven || existsSync(path)) packs.push(...(await designPacks(await CopFile.load(path, display), path, deps.cwd)));
  return packs;
}

/** `copkit templates list`: each template and partial, the pack it comes from and its file. */
export async function templatesListCommand(options: TemplatesOptions & { templates?: string; json: boolean }, deps: CommandDeps): Promise<Result<ListResult>> {
  const { source, notices } = await templateSets(deps.cwd).source(await packsInUse(options, deps));
  const names = [...new Set([...(await builtinFiles(deps.cwd)), ...(await source.partials())])];
  const templates: TemplateRow[] = [];
  for (const name of names) {
    const layer = (await source.locate(name))!;
    templates.push({ name, pack: layer.name, file: `${layer.display}${name}` });
  }
  const packs = source.layers.map((l) => ({
    name: l.name,
    version: l.version,
    description: l.description,
    folder: l.display,
    from: l.from ?? 'copkit',
    namedIn: l.namedIn ?? 'copkit',
  }));
  return { exitCode: 0, data: { json: options.json, notices, packs, templates } };
}

/** `copkit templates eject [NAMES] [--to DIR]`: copy built-in templates into a pack, adding only. */
export async function templatesEjectCommand(options: TemplatesOptions & { names: string[]; to?: string }, deps: CommandDeps): Promise<Result<EjectResult>> {
  const files = selectFiles(options.names, await builtinFiles(deps.cwd));
  let dir: string;
  if (options.to !== undefined) {
    if (options.to === '' || options.to.includes('\0')) throw new UsageError('--to needs a folder');
    dir = resolve(deps.cwd, options.to);
  } else {
    const design = (await packsInUse(options, deps))[0];
    if (!design) throw new UsageError('say which pack to copy the templates into: --to DIR', 'Or set render.templates in cop.yaml to the pack folder.');
    dir = design.dir;
  }
  const steps = await ejectTemplates(files, dir, deps.cwd);
  const refused = steps.some((s) => s.action === 'refused');
  return { exitCode: refused ? 1 : 0, data: { folder: displayPath(deps.cwd, dir), to: options.to, steps } };
}
