/**
 * Where templates come from. The engine asks a TemplateSource for files by name and never builds
 * a path itself. A source is a stack of layers (template packs first, copkit's built-in set last)
 * and each file is looked up layer by layer, so a pack holding one partial changes just that one.
 *
 * Packs are untrusted data: names are plain relative paths checked before any read, and a file
 * (or a folder on its way) that is a symbolic link must still lead to a place inside its pack.
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DocumentError } from '../errors.js';
import { LIMITS } from '../io/limits.js';
import { isInside } from './render-files.js';
import { packageRoot } from '../io/package-root.js';
import { readTextFile } from '../io/read-text.js';
import { copkitVersion } from '../version.js';
import type { Strings } from './pack.js';

export interface TemplateFile {
  /** The name asked for, such as `charter.md.hbs` or `partials/charter-goals.hbs`. */
  name: string;
  /** The file as messages show it. */
  display: string;
  text: string;
}

/** One folder of templates: a pack, or copkit's own `templates/`. */
export interface TemplateLayer {
  /** The pack's name, or `built-in`. */
  name: string;
  version: string;
  description: string;
  builtin: boolean;
  /** What put the pack on the stack: `--templates` or `render.templates` (for --json). */
  from?: string;
  /** The same for a person: `--templates`, or the design file whose template pack names it. */
  namedIn?: string;
  /** The folder, absolute. */
  root: string;
  /** The folder as messages show it, ending in `/`. */
  display: string;
  strings: Strings;
  /** A pack's style sheet for the HTML pages, as text (empty for none). */
  styles?: string;
}

export interface TemplateSource {
  /** Read one template or partial by name, from the first layer that has it. */
  read(name: string): Promise<TemplateFile>;
  /** Read one template or partial from the first pack that has it, leaving copkit's own out. */
  readFromPacks(name: string): Promise<TemplateFile | undefined>;
  /** The names of every partial (`partials/<name>.hbs`) in any layer, sorted. */
  partials(): Promise<string[]>;
  /** The same, of the packs alone (copkit's own left out). */
  packPartials(): Promise<string[]>;
  /** The layers, first consulted first. */
  readonly layers: readonly TemplateLayer[];
  /** The layer a file comes from, or undefined if no layer has it. */
  locate(name: string): Promise<TemplateLayer | undefined>;
}

/** Template names are plain relative paths: no `..`, no absolute paths, no backslashes or NUL. */
const SAFE_NAME = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.hbs$/i;

/** `partials/charter-goals.hbs` is used as `{{> charter-goals}}`. */
export function partialName(file: string): string {
  return file.replace(/^partials\//, '').replace(/\.hbs$/, '');
}

function checkTemplateName(name: string): void {
  if (!SAFE_NAME.test(name) || name.split('/').some((part) => part === '..' || part === '.')) {
    throw new DocumentError(name, `"${name}" is not a valid template name`);
  }
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** A layered source over `layers`, first consulted first. */
export function layeredSource(layers: readonly TemplateLayer[]): TemplateSource {
  const realRoots = new Map<TemplateLayer, Promise<string>>();
  const realRoot = (layer: TemplateLayer) => {
    if (!realRoots.has(layer)) realRoots.set(layer, realpath(layer.root));
    return realRoots.get(layer)!;
  };
  /** The real path of `name` in `layer`, undefined if it is not there. */
  const find = async (layer: TemplateLayer, name: string): Promise<string | undefined> => {
    checkTemplateName(name);
    const full = join(layer.root, ...name.split('/'));
    try {
      await lstat(full);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return undefined;
      throw error;
    }
    const display = `${layer.display}${name}`;
    let real: string;
    try {
      real = await realpath(full);
    } catch (error) {
      throw new DocumentError(display, `${display} is a symbolic link to nothing (${errnoOf(error) ?? 'unreadable'}); fix or remove it`);
    }
    if (!isInside(await realRoot(layer), real)) {
      throw new DocumentError(display, `${display} leads outside ${layer.display} through a symbolic link; copkit reads a pack's files only from inside the pack`);
    }
    return real;
  };
  const readFrom = async (from: readonly TemplateLayer[], name: string): Promise<TemplateFile | undefined> => {
    for (const layer of from) {
      const real = await find(layer, name);
      if (real === undefined) continue;
      const display = `${layer.display}${name}`;
      return { name, display, text: (await readTextFile(real, display, LIMITS.template)).text };
    }
    return undefined;
  };
  const partialsOf = async (from: readonly TemplateLayer[]) => {
    const names = new Set<string>();
    for (const layer of from) for (const name of await partialFiles(layer)) names.add(name);
    return [...names].sort();
  };
  const packs = layers.filter((layer) => !layer.builtin);
  return {
    layers,
    async read(name) {
      const file = await readFrom(layers, name);
      if (file) return file;
      throw new DocumentError(name, `template ${name} was not found in ${layers.map((l) => l.display).join(', ')}`);
    },
    readFromPacks: (name) => readFrom(packs, name),
    partials: () => partialsOf(layers),
    packPartials: () => partialsOf(packs),
    async locate(name) {
      for (const layer of layers) if ((await find(layer, name)) !== undefined) return layer;
      return undefined;
    },
  };
}

/** Every `partials/<name>.hbs` of one layer whose name is valid; other files are not partials. */
export async function partialFiles(layer: Pick<TemplateLayer, 'root'>): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(join(layer.root, 'partials'));
  } catch (error) {
    if (errnoOf(error) === 'ENOENT' || errnoOf(error) === 'ENOTDIR') return [];
    throw error;
  }
  return entries
    .filter(isPartialFile)
    .map((e) => `partials/${e}`)
    .sort();
}

/**
 * Whether a file in `partials/` can be a partial: a plain name, and not one every object already
 * has (`constructor.hbs`), which would be confused with the registry's own properties.
 */
export function isPartialFile(entry: string): boolean {
  return SAFE_NAME.test(entry) && !entry.startsWith('.') && !(partialName(entry) in Object.prototype);
}

/** copkit's own templates (`templates/` in the package), as the last layer of every source. */
export function builtinLayer(cwd: string): TemplateLayer {
  const root = join(packageRoot(), 'templates');
  const rel = relative(cwd, root);
  const display = rel.startsWith('..') || rel === '' ? 'copkit:templates/' : `${rel.split('\\').join('/')}/`;
  return {
    name: 'built-in',
    version: copkitVersion(),
    description: 'The templates that come with copkit',
    builtin: true,
    root,
    display,
    strings: {},
  };
}

/** The built-in templates alone. */
export function builtinTemplates(cwd: string): TemplateSource {
  return layeredSource([builtinLayer(cwd)]);
}

/** Templates in one folder, as `<displayRoot>/<name>` (no pack.yaml needed; for tests and tools). */
export function directorySource(root: string, displayRoot: string): TemplateSource {
  return layeredSource([
    {
      name: displayRoot,
      version: '',
      description: '',
      builtin: false,
      root,
      display: `${displayRoot}/`,
      strings: {},
    },
  ]);
}
