/**
 * Where templates come from. The engine asks a TemplateSource for files by name and never builds
 * a path itself, so another source (a consultant's template pack layered over the built-in set,
 * file by file) can be put in front without touching the engine.
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DocumentError } from '../errors.js';
import { packageRoot } from '../io/package-root.js';
import { readTextFile } from '../io/read-text.js';

export interface TemplateFile {
  /** The name asked for, such as `charter.md.hbs` or `partials/charter-goals.hbs`. */
  name: string;
  /** The file as messages show it. */
  display: string;
  text: string;
}

export interface TemplateSource {
  /** Read one template or partial by name. */
  read(name: string): Promise<TemplateFile>;
  /** The names of every partial (`partials/<name>.hbs`), sorted. */
  partials(): Promise<string[]>;
}

/** Template names are plain relative paths: no `..`, no absolute paths, no backslashes or NUL. */
const SAFE_NAME = /^(?:[a-z0-9][a-z0-9._-]*\/)*[a-z0-9][a-z0-9._-]*\.hbs$/i;

export function checkTemplateName(name: string): void {
  if (!SAFE_NAME.test(name) || name.split('/').some((part) => part === '..' || part === '.')) {
    throw new DocumentError(name, `"${name}" is not a valid template name`);
  }
}

/** Templates in one folder, as `<folder>/<name>`. */
export function directorySource(root: string, displayRoot: string): TemplateSource {
  return {
    async read(name) {
      checkTemplateName(name);
      const display = join(displayRoot, name);
      const file = await readTextFile(join(root, name), display);
      return { name, display, text: file.text };
    },
    async partials() {
      let entries: string[];
      try {
        entries = await readdir(join(root, 'partials'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      return entries.filter((e) => SAFE_NAME.test(e)).map((e) => `partials/${e}`).sort();
    },
  };
}

/** The templates shipped with copkit (`templates/` in the package). */
export function builtinTemplates(cwd: string): TemplateSource {
  const root = join(packageRoot(), 'templates');
  const rel = relative(cwd, root);
  return directorySource(root, rel.startsWith('..') ? 'copkit:templates' : rel);
}
