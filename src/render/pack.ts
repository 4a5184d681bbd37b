/**
 * `pack.yaml`, the one file that makes a folder a template pack: its name, version and
 * description, and the `strings` its templates may use. It is read with the same safe YAML loader
 * as cop.yaml (no tags, anchors or deep nesting) and checked here: a wrong type is an error with
 * its line and column, an unknown key only a warning, because a pack written for a later copkit
 * should still render with this one.
 */
import { lstat, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { positionOf } from '../document/locate.js';
import { parseYaml } from '../document/parse-yaml.js';
import { DocumentError } from '../errors.js';
import type { Position } from '../errors.js';
import type { Path } from '../findings.js';
import { LIMITS } from '../io/limits.js';
import { readTextFile } from '../io/read-text.js';
import type { TextFile } from '../io/read-text.js';
import { isInside } from './render-files.js';
import { describeValue, isPlainObject } from '../model/values.js';

export const PACK_FILE = 'pack.yaml';

/** What `strings` may hold: text, lists of text, and groups of those, a few levels deep. */
export type StringValue = string | string[] | Strings;
export interface Strings {
  [key: string]: StringValue;
}

export interface PackManifest {
  name: string;
  version: string;
  description: string;
  strings: Strings;
  /** The pack's style sheet for the HTML pages (`stylesheet: html.css`), as text; empty if none. */
  styles: string;
}

/** A warning about a pack, printed as `pack.yaml:3:1  warning  <message>  pack`. */
export interface PackNotice {
  file: string;
  position: Position | undefined;
  message: string;
}

const KNOWN_KEYS = ['name', 'version', 'description', 'strings', 'stylesheet'];
/**
 * A key a template can write as `strings.key`: letters, digits, `_` and `-`. Keys inside groups
 * may be any short text, so that `strings.labels` can be keyed by copkit's own words ("Monthly").
 */
const STRING_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const GROUP_KEY = /^[^\u0000-\u001f\u007f]{1,200}$/;
const MAX_STRING_DEPTH = 6;

interface Checker {
  doc: Document;
  lineCounter: LineCounter;
  display: string;
  notices: PackNotice[];
}

/**
 * A pack.yaml that is a symbolic link must lead to a file inside the pack, like its templates:
 * a link to any other file would have its keys and values echoed in warnings and the summary.
 */
async function refuseOutsideLink(dir: string, fileDisplay: string): Promise<void> {
  const path = join(dir, PACK_FILE);
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isSymbolicLink()) return;
  const [root, real] = await Promise.all([realpath(dir), realpath(path).catch(() => undefined)]);
  if (real === undefined) {
    throw new DocumentError(fileDisplay, `${fileDisplay} is a symbolic link to nothing; fix or remove it`);
  }
  if (!isInside(root, real)) {
    throw new DocumentError(fileDisplay, `${fileDisplay} leads outside the pack through a symbolic link; copkit reads a pack's files only from inside the pack`);
  }
}

/** Read and check `<dir>/pack.yaml`; `display` is the pack folder as messages show it. */
export async function loadPackManifest(dir: string, display: string): Promise<{ manifest: PackManifest; notices: PackNotice[] }> {
  const fileDisplay = `${display}${PACK_FILE}`;
  let file: TextFile;
  try {
    await refuseOutsideLink(dir, fileDisplay);
    file = await readTextFile(join(dir, PACK_FILE), fileDisplay, LIMITS.pack);
  } catch (error) {
    if (error instanceof DocumentError && /not found$/.test(error.message)) {
      throw new DocumentError(display, `${display} is not a template pack: it has no ${PACK_FILE}`, {
        hint: 'A pack is a folder with a pack.yaml (name, version, description) and the templates it changes; `copkit templates eject --to DIR` starts one.',
      });
    }
    throw error;
  }
  const { doc, lineCounter } = parseYaml(file, LIMITS.pack);
  const data: unknown = doc.toJS();
  const checker: Checker = { doc, lineCounter, display: fileDisplay, notices: [] };
  if (!isPlainObject(data)) throw fail(checker, [], `${fileDisplay} must be a set of named fields (name, version, description, strings)`);
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.includes(key)) {
      checker.notices.push({ file: fileDisplay, position: at(checker, [key], true), message: `unknown key "${key}" in ${PACK_FILE}; copkit ignores it (it knows ${KNOWN_KEYS.join(', ')})` });
    }
  }
  const manifest: PackManifest = {
    name: text(checker, data, 'name', /^[^\n]{1,100}$/, 'one line of text'),
    version: text(checker, data, 'version', /^[^\s]{1,40}$/, 'text without spaces, such as "1.2.0" (in quotes if it looks like a number)'),
    description: text(checker, data, 'description', /^[\s\S]{1,2000}$/, 'text'),
    strings: data.strings === undefined || data.strings === null ? {} : strings(checker, data.strings, ['strings']),
    styles: await styleSheet(checker, dir, data.stylesheet),
  };
  return { manifest, notices: checker.notices };
}

/**
 * `stylesheet: html.css`: a .css file inside the pack folder, read now so that errors come first,
 * under the rules of the pack's templates: a plain relative name, the size limit of a template,
 * and a symbolic link only to a file inside the pack.
 */
async function styleSheet(checker: Checker, dir: string, value: unknown): Promise<string> {
  if (value === undefined || value === null) return '';
  const ok = typeof value === 'string' && /^[A-Za-z0-9_-][A-Za-z0-9_./-]*\.css$/.test(value) && !value.split('/').includes('..');
  if (!ok) throw fail(checker, ['stylesheet'], `stylesheet must name a .css file inside the pack folder, such as html.css, not ${describeValue(value)}`);
  const display = `${checker.display.replace(/pack\.yaml$/, '')}${value}`;
  try {
    const [root, real] = await Promise.all([realpath(dir), realpath(join(dir, value))]);
    if (!isInside(root, real)) throw new DocumentError(display, `${display} leads outside the pack through a symbolic link; copkit reads a pack's files only from inside the pack`);
    return (await readTextFile(real, display, LIMITS.template)).text;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw fail(checker, ['stylesheet'], error instanceof DocumentError ? error.message : missing ? `${display} was not found` : `${display} could not be read`);
  }
}

function at(checker: Checker, path: Path, atKey = false): Position {
  return positionOf(checker.doc, checker.lineCounter, path, atKey);
}

function fail(checker: Checker, path: Path, message: string, atKey = false): DocumentError {
  return new DocumentError(checker.display, message, { position: at(checker, path, atKey), source: 'pack' });
}

function text(checker: Checker, data: Record<string, unknown>, key: string, shape: RegExp, want: string): string {
  const value = data[key];
  if (value === undefined || value === null) throw fail(checker, [key], `${PACK_FILE} needs a ${key}`, Object.hasOwn(data, key));
  if (typeof value !== 'string' || !shape.test(value.trim())) throw fail(checker, [key], `${key} must be ${want}, not ${describeValue(value)}`);
  return value.trim();
}

/** Copy `strings` into plain data, refusing anything a template could not use as text. */
function strings(checker: Checker, value: unknown, path: (string | number)[]): Strings {
  if (!isPlainObject(value)) throw fail(checker, path, `${dotted(path)} must be a set of named texts, not ${describeValue(value)}`);
  if (path.length > MAX_STRING_DEPTH) throw fail(checker, path, `${dotted(path)} is nested more than ${MAX_STRING_DEPTH - 1} levels deep`);
  const out: Strings = {};
  for (const [key, item] of Object.entries(value)) {
    const here = [...path, key];
    // Names such as `constructor` exist on every object: a template could not tell them apart.
    const top = path.length === 1;
    if (!(top ? STRING_KEY : GROUP_KEY).test(key) || key in Object.prototype || key === '__proto__') {
      const rule = top ? 'use letters, digits, "_" and "-", starting with a letter' : 'use up to 200 characters of text on one line';
      throw fail(checker, here, `"${key}" cannot name a string: ${rule} (and not a reserved name such as constructor)`, true);
    }
    if (typeof item === 'string') out[key] = item;
    else if (Array.isArray(item)) out[key] = item.map((entry, i) => listItem(checker, entry, [...here, i]));
    else if (isPlainObject(item)) out[key] = strings(checker, item, here);
    else throw fail(checker, here, `${dotted(here)} must be text, a list of texts or a group of named texts, not ${describeValue(item)}`);
  }
  return out;
}

function listItem(checker: Checker, value: unknown, path: (string | number)[]): string {
  if (typeof value !== 'string') throw fail(checker, path, `${dotted(path)} must be text, not ${describeValue(value)} (put it in quotes)`);
  return value;
}

function dotted(path: readonly (string | number)[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * The strings templates see when several packs are stacked: the first pack that defines a string
 * wins, and groups of strings merge key by key, as template files do file by file.
 */
export function mergeStrings(stack: readonly Strings[]): Strings {
  const out: Strings = {};
  for (const strings of [...stack].reverse()) mergeInto(out, strings);
  return out;
}

function mergeInto(target: Strings, source: Strings): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isPlainObject(value) && isPlainObject(current) && !Array.isArray(current)) {
      const merged: Strings = { ...(current as Strings) };
      mergeInto(merged, value as Strings);
      target[key] = merged;
    } else {
      target[key] = Array.isArray(value) ? [...value] : isPlainObject(value) ? mergeStrings([value as Strings]) : value;
    }
  }
}
