/**
 * Turning what `render.templates` or `--templates` says into a pack folder: a folder path, or an
 * installed npm package (`@acme/copkit-pack`, or `@acme/copkit-pack@^2.1` to ask for versions),
 * looked up in node_modules from the design's folder upward. A folder of that name wins, so a
 * design that names a folder `acme-pack` keeps meaning that folder.
 */
import { resolve } from 'node:path';
import satisfies from 'semver/functions/satisfies.js';
import validRange from 'semver/ranges/valid.js';
import { DocumentError, UsageError } from '../errors.js';
import { findInstalledPackage, isFolder } from '../io/find-package.js';
import { packageSpec } from '../model/pack-name.js';
import { PACK_FILE } from './pack.js';
import type { Position } from '../errors.js';

export interface ResolvedPack {
  dir: string;
  origin: PackOrigin;
}

export async function resolvePack(value: string, baseDir: string, origin: PackOrigin): Promise<ResolvedPack> {
  const folder = resolve(baseDir, value);
  const spec = packageSpec(value);
  if (!spec || (await isFolder(folder))) return { dir: folder, origin };
  const fail = (message: string): never => {
    if (!origin.file || !origin.position) throw new UsageError(`${settingWords(origin)} ${message}`);
    throw new DocumentError(origin.file, `${settingWords(origin)} ${message}`, { position: origin.position, source: 'render' });
  };
  if (spec.range !== undefined && validRange(spec.range) === null) {
    fail(`gives "${spec.range}" for the package ${spec.name}, which is not a version range (write one such as ^2.1.0, ~2.1 or >=2 <3)`);
  }
  const dir = await findInstalledPackage(spec.name, baseDir, PACK_FILE);
  // A plain name with neither scope nor range may as well be a folder that is missing: say so.
  if (dir === undefined && !spec.name.startsWith('@') && spec.range === undefined) return { dir: folder, origin };
  if (dir === undefined) {
    fail(`names the package ${spec.name}, which is not installed: no node_modules/${spec.name}/${PACK_FILE} in ${baseDir} or any folder above it (run npm install ${spec.name})`);
  }
  return { dir: dir!, origin: { ...origin, package: { name: spec.name, ...(spec.range ? { range: spec.range } : {}) } } };
}

/** The installed pack's version must be in the range asked for; the message names both. */
export function checkPackVersion(origin: PackOrigin, version: string, packFile: string): void {
  const range = origin.package?.range;
  if (range === undefined || satisfies(version, range, { includePrerelease: false })) return;
  const message = `asks for ${origin.package!.name} ${range}, but the installed pack (${packFile}) is version ${version}`;
  if (!origin.file || !origin.position)
    throw new UsageError(`${settingWords(origin)} ${message}`, `Install a version in that range (npm install ${origin.package!.name}@"${range}"), or change the range.`);
  throw new DocumentError(origin.file, `${settingWords(origin)} ${message}`, {
    position: origin.position,
    source: 'render',
    hint: `Install a version in that range (npm install ${origin.package!.name}@"${range}"), or change the range in ${origin.file}.`,
  });
}

/**
 * The setting that named a pack, as a message's subject: the flag as typed, or the design's
 * answer in words ("The template pack", at the line and column of the error).
 */
export function settingWords(origin: PackOrigin): string {
  return origin.setting.startsWith('--') ? origin.setting : 'The template pack';
}

/** Where a pack was named. */
export interface PackOrigin {
  /** `--templates`, or `render.templates` with the file and position that name the pack. */
  setting: string;
  file?: string;
  position?: Position;
  /** Set when the setting named an installed npm package rather than a folder. */
  package?: { name: string; range?: string };
}
