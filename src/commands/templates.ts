import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions } from '../cli.js';
import type { Deps } from '../deps.js';
import { CopFile } from '../document/cop-file.js';
import { UsageError } from '../errors.js';
import { builtinFiles, ejectTemplates, selectFiles } from '../render/eject.js';
import { designPacks, displayPath } from '../render/render-design.js';
import { resolvePack } from '../render/pack-choice.js';
import { templateSets } from '../render/template-sets.js';
import type { PackChoice } from '../render/template-sets.js';
import { noticeLine } from './render-report.js';
import { designFile, outputFor } from './shared.js';

export interface TemplatesOptions extends GlobalOptions {
  /** Whether --file was given (a missing default cop.yaml is fine; a named one must exist). */
  fileGiven: boolean;
}

/** The packs in use here: `--templates`, then `render.templates` of the design, if there is one. */
async function packsInUse(options: TemplatesOptions & { templates?: string | undefined }, deps: Deps): Promise<PackChoice[]> {
  const packs: PackChoice[] = [];
  if (options.templates !== undefined) {
    const { dir, origin } = await resolvePack(options.templates, deps.cwd, { setting: '--templates' });
    packs.push({ dir, display: displayPath(deps.cwd, dir), origin });
  }
  const { path, display } = designFile(options, deps);
  if (options.fileGiven || existsSync(path)) packs.push(...await designPacks(await CopFile.load(path, display), path, deps.cwd));
  return packs;
}

/** `copkit templates list`: each template and partial, the pack it comes from and its file. */
export async function templatesListCommand(options: TemplatesOptions & { templates?: string; json: boolean }, deps: Deps): Promise<number> {
  const output = outputFor(options, deps);
  const { source, notices } = await templateSets(deps.cwd).source(await packsInUse(options, deps));
  for (const notice of notices) deps.stderr.write(`${noticeLine(notice, output.color)}\n`);
  const names = [...new Set([...await builtinFiles(deps.cwd), ...await source.partials()])];
  const rows = [];
  for (const name of names) {
    const layer = (await source.locate(name))!;
    rows.push({ name, pack: layer.name, file: `${layer.display}${name}` });
  }
  const packs = source.layers.map((l) => ({ name: l.name, version: l.version, description: l.description, folder: l.display, from: l.from ?? 'copkit' }));
  if (options.json) {
    deps.stdout.write(`${JSON.stringify({ packs, templates: rows }, null, 2)}\n`);
    return 0;
  }
  const table = (head: string[], body: string[][]) => {
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
    return [output.outColor.bold(line(head)), ...body.map(line)].join('\n');
  };
  deps.stdout.write(`${table(['pack', 'version', 'folder', 'from'], packs.map((p) => [p.name, p.version, p.folder, p.from]))}\n\n`);
  deps.stdout.write(`${table(['template', 'pack', 'file'], rows.map((r) => [r.name, r.pack, r.file]))}\n`);
  return 0;
}

/** `copkit templates eject [NAMES] [--to DIR]`: copy built-in templates into a pack, adding only. */
export async function templatesEjectCommand(options: TemplatesOptions & { names: string[]; to?: string }, deps: Deps): Promise<number> {
  const output = outputFor(options, deps);
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
  const shown = displayPath(deps.cwd, dir);
  const steps = await ejectTemplates(files, dir, deps.cwd);
  const paint = { create: output.color.green, kept: output.color.dim, refused: output.color.red };
  for (const step of steps) {
    deps.stderr.write(`  ${paint[step.action](step.action.padEnd(10))} ${shown}${step.path}${step.reason ? `  (${step.reason})` : ''}\n`);
  }
  const count = (action: string) => steps.filter((s) => s.action === action).length;
  deps.stderr.write(`${shown.replace(/\/$/, '')}: ${count('create')} created, ${count('kept')} kept as they were${count('refused') ? `, ${count('refused')} refused` : ''}\n`);
  if (options.to !== undefined && count('create') > 0) {
    deps.stderr.write(`${output.color.dim('hint:')} Render with it: copkit render --templates ${options.to}, or set render.templates in cop.yaml (relative to cop.yaml).\n`);
  }
  return count('refused') > 0 ? 1 : 0;
}
