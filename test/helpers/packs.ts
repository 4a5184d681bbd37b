import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A valid pack.yaml. */
export function packYaml(name = 'acme', version = '1.0.0'): string {
  return `name: ${name}\nversion: "${version}"\ndescription: ${name} house style\n`;
}

/** Write files (path -> text) under `dir`; a pack gets a valid pack.yaml unless one is given. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export function writePack(dir: string, files: Record<string, string>, name = 'acme'): string {
  return writeFiles(dir, { 'pack.yaml': packYaml(name), ...files });
}
