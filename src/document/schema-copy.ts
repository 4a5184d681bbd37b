/**
 * The schema line at the top of cop.yaml and the file it points at. Editors (yaml-language-server)
 * resolve a relative `$schema` beside the YAML file, so copkit keeps a copy of the JSON Schema
 * there: it resolves for everyone who clones the repository, works offline, and always matches the
 * copkit that last saved the design. A path into the installed package would differ from one
 * machine to the next, and the URL earlier copkits wrote has never resolved.
 */
import { lstat, readFile } from 'node:fs/promises';
import type { Document } from 'yaml';
import { atomicWrite } from '../io/atomic-write.js';
import { SCHEMA_FILE, SCHEMA_URL } from '../model/document-shape.js';
import { jsonSchema } from '../model/json-schema.js';

export const MODELINE = ` yaml-language-server: $schema=${SCHEMA_FILE}`;
/** The line earlier copkits wrote, pointing at a URL that never resolved. */
const DEAD_MODELINE = ` yaml-language-server: $schema=${SCHEMA_URL}`;

/** Point an old file's schema line at the copy beside it; the line may sit before the first key. */
export function replaceDeadModeline(doc: Document): void {
  if (doc.commentBefore?.includes(DEAD_MODELINE)) doc.commentBefore = doc.commentBefore.replace(DEAD_MODELINE, MODELINE);
  const first = (doc.contents as { items?: { key?: { commentBefore?: string } }[] } | null)?.items?.[0]?.key;
  if (first?.commentBefore?.includes(DEAD_MODELINE)) first.commentBefore = first.commentBefore.replace(DEAD_MODELINE, MODELINE);
}

/**
 * Write the JSON Schema beside cop.yaml when it is missing or out of date. It only helps editors,
 * so a failure here never fails the save that has already happened.
 */
export async function keepSchemaCopy(path: string): Promise<void> {
  // The wizard saves after every answer: once this run has found the copy current, a look at its
  // size and time replaces building the schema and reading the copy (a fifth of an autosave).
  const seen = currentCopies.get(path);
  if (seen && seen === (await stamp(path))) return;
  schemaText ??= `${JSON.stringify(jsonSchema(), null, 2)}\n`;
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current !== schemaText) {
    const written = await atomicWrite(path, schemaText).then(
      () => true,
      () => false,
    );
    if (!written) return;
  }
  const now = await stamp(path);
  if (now) currentCopies.set(path, now);
}

let schemaText: string | undefined;
/** Copies this run has found or made current, with their size and modification time then. */
const currentCopies = new Map<string, string>();

async function stamp(path: string): Promise<string | undefined> {
  const info = await lstat(path, { bigint: true }).catch(() => undefined);
  return info?.isFile() ? `${info.size}:${info.mtimeNs}:${info.ino}` : undefined;
}
