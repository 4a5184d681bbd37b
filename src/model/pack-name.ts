/**
 * How a template pack is named in cop.yaml or the settings: a folder path, or the name of an
 * installed npm package (`@acme/copkit-pack`, optionally `@acme/copkit-pack@^2.1`).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface PackageSpec {
  name: string;
  range: string | undefined;
}

const PACKAGE = /^((?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*)(?:@(.+))?$/;

/**
 * A package name when the text reads as one and not as a path: `./pack` and `../pack` are
 * folders, and so is anything with a second slash or a backslash.
 */
export function packageSpec(text: string): PackageSpec | undefined {
  if (text.startsWith('.') || isAbsolute(text) || text.includes('\\')) return undefined;
  const match = PACKAGE.exec(text);
  if (!match) return undefined;
  const name = match[1]!;
  if (!name.startsWith('@') && text.includes('/')) return undefined;
  return { name, range: match[2]?.trim() || undefined };
}

/** A default pack from the settings as a new design's `render.templates`: folders become relative to the design. */
export function packForDesign(pack: string, settingsDir: string, designDir: string): string {
  if (packageSpec(pack)) return pack;
  const rel = relative(designDir, resolve(settingsDir, pack)).split(sep).join('/');
  return rel === '' ? '.' : rel;
}
