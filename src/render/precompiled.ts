/**
 * copkit's own templates, precompiled by the build (`scripts/build.mjs` writes
 * `dist/builtin-templates.js` from every `.hbs` file under `templates/`), so that a render with
 * the built-in templates neither parses nor compiles them: it loads Handlebars' small runtime and
 * the ready functions. Each entry also carries what the engine's checks need to know about the
 * file (its tag count and the partials it uses), measured at build time, so that a pack that
 * replaces some built-in files is checked against the rest without reading them.
 *
 * Run from the sources (the tests), there is no such module next to this one and the engine
 * compiles the built-in templates as it compiles a pack's.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Position } from '../errors.js';

export interface PrecompiledTemplate {
  /** Mustache tags in the file (measureTemplate). */
  tags: number;
  partials: { name: string; position: Position; optional: boolean }[];
  inline: string[];
  partialBlock?: Position;
  /** Handlebars.precompile's output, evaluated: what `Handlebars.template()` takes. */
  spec: object;
}

/** Template name (`charter.md.hbs`, `partials/header.hbs`) to its precompiled form. */
export type PrecompiledSet = Readonly<Record<string, PrecompiledTemplate>>;

export const PRECOMPILED_MODULE = 'builtin-templates.js';

let loaded: Promise<PrecompiledSet | undefined> | undefined;

const moduleUrl = () => new URL(`./${PRECOMPILED_MODULE}`, import.meta.url);

/** Whether this is a build with precompiled built-in templates, without loading them. */
export function hasPrecompiledBuiltins(): boolean {
  const url = moduleUrl();
  return url.protocol === 'file:' && existsSync(fileURLToPath(url));
}

/** The build's precompiled built-in templates, or undefined when running from the sources. */
export function precompiledBuiltins(): Promise<PrecompiledSet | undefined> {
  if (!loaded) {
    loaded = hasPrecompiledBuiltins() ? import(moduleUrl().href).then((module: { builtinTemplates: PrecompiledSet }) => module.builtinTemplates) : Promise.resolve(undefined);
  }
  return loaded;
}
