/**
 * Opening a template pack folder: check it is a folder with a valid pack.yaml, and point out the
 * files in it that copkit will not use (a misspelt template name would otherwise be ignored
 * without a word).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentError, UsageError } from '../errors.js';
import { closest } from '../model/suggest.js';
import { documentTemplates } from './documents.js';
import { loadPackManifest, PACK_FILE } from './pack.js';
import { checkPackVersion, settingWords } from './pack-choice.js';
import type { PackOrigin } from './pack-choice.js';

export type { PackOrigin };
import type { PackNotice } from './pack.js';
import { isPartialFile } from './template-source.js';
import type { TemplateLayer } from './template-source.js';

/** Where a pack was asked for, to point at the setting when the folder is missing. */

/** Open the pack in `dir` (absolute); `display` is the folder as messages show it, ending in `/`. */
export async function openPack(dir: string, display: string, origin: PackOrigin): Promise<{ layer: TemplateLayer; notices: PackNotice[] }> {
  let isFolder = false;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch {
    // Reported below, at the setting that names the folder.
  }
  if (!isFolder) {
    const message = `${display} is not a folder (a template pack is a folder with a ${PACK_FILE})`;
    // A flag's value is a usage error (exit 2); a setting in cop.yaml is pointed at.
    if (!origin.position || !origin.file) throw new UsageError(`${origin.setting}: ${message}`);
    throw new DocumentError(origin.file, `${settingWords(origin)}: ${message}`, { position: origin.position, source: 'render' });
  }
  const { manifest, notices } = await loadPackManifest(dir, display).catch((error: unknown) => {
    // A pack.yaml that is missing, too large or a link out of the pack has no line of its own to
    // point at: point at the setting in cop.yaml that names the pack.
    if (!(error instanceof DocumentError) || error.position || !origin.position || !origin.file) throw error;
    throw new DocumentError(origin.file, `${settingWords(origin)}: ${error.message}`, { position: origin.position, source: 'render', ...(error.hint ? { hint: error.hint } : {}), cause: error });
  });
  checkPackVersion(origin, manifest.version, `${display}${PACK_FILE}`);
  const npm = origin.package ? `, npm package ${origin.package.name}${origin.package.range ? ` ${origin.package.range}` : ''}` : '';
  const from = `${origin.setting}${npm}`;
  const namedIn = `${origin.setting === '--templates' || !origin.file ? origin.setting : origin.file}${npm}`;
  const layer: TemplateLayer = { ...manifest, builtin: false, from, namedIn, root: dir, display };
  return { layer, notices: [...notices, ...(await unusedFiles(layer))] };
}

async function entries(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return [];
  }
}

/** Template files copkit does not know, and files in partials/ whose names cannot be partials. */
async function unusedFiles(layer: TemplateLayer): Promise<PackNotice[]> {
  const notices: PackNotice[] = [];
  const known: readonly string[] = documentTemplates;
  const note = (name: string, message: string) => notices.push({ file: `${layer.display}${name}`, position: undefined, message });
  const candidates = [...(await entries(layer.root)).filter((n) => n.endsWith('.hbs')), ...(await entries(join(layer.root, 'roles'))).filter((n) => n.endsWith('.hbs')).map((n) => `roles/${n}`)];
  for (const name of candidates) {
    if (known.includes(name)) continue;
    const guess = closest(name, known);
    note(name, `not a template copkit uses, so it is ignored${guess ? ` (did you mean ${guess}?)` : ''}; \`copkit templates list\` shows the templates`);
  }
  for (const name of await entries(join(layer.root, 'partials'))) {
    if (!isPartialFile(name) && name.endsWith('.hbs')) note(`partials/${name}`, 'not a usable partial name (letters, digits, ".", "_" and "-", and not a name such as constructor), so it is ignored');
  }
  return notices;
}
