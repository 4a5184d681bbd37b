/**
 * What a cached portfolio row is keyed by: everything the cached part of the row depends on.
 *
 * The row (collect.ts) is made of two parts. The cached part is what reading the design gives:
 * the parse (or why it failed), the schema validation, the 31 lint rules and the momentum warnings,
 * then the counts, the stage and the next step (row.ts designRow). It reads:
 *
 * - the bytes of cop.yaml: keyed by their sha256, and the bytes hashed are the very bytes that
 *   are parsed (read once, collect.ts), so an edit between the two cannot slip in;
 * - today's date (COPKIT_TODAY, else the clock in the user's time zone): the date checks (an
 *   overdue review, a pilot that has ended, a goal whose date has passed, advance notices): keyed;
 * - copkit's code (the rules, the messages, the schema, the yaml parser): keyed by copkit's build
 *   (version.ts copkitBuild(), a hash of the bundle) and its version. Run from the sources (the
 *   tests) the build is `sources`; tests use a cache folder of their own (test/helpers);
 * - the path as shown (`clients/a/cop.yaml`, relative to the folder copkit runs in): it is the
 *   row's `file` and starts the message of a design that cannot be parsed: keyed;
 * - the shape of the cache entry itself: keyed by CACHE_FORMAT.
 *
 * It reads nothing else: no settings file (only `copkit init` reads it), no pack (the lint rules
 * read the answers alone; `render.templates` is part of the bytes), no other file beside the design,
 * no environment variable but COPKIT_TODAY (through today), no terminal or colour setting (the view
 * words the row afterwards).
 *
 * The live part is computed on every run, cache or not, because it depends on other files on disk:
 * whether the documents are current, stale or not rendered (the manifest, the output folder's
 * files, every template folder on the pack stack), and the pack's name and version (pack.yaml,
 * recorded in the manifest). A file that cannot be read at all (missing, a folder, too large, not
 * UTF-8) is not cached either: its row comes from the file system, not from bytes.
 */
import { sha256 } from '../render/manifest.js';

/** Raised whenever the cached entry or the key changes shape, so that older entries never match. */
export const CACHE_FORMAT = 1;

/** What a run keys every row with, besides the design's own bytes and path. */
export interface KeyRun {
  today: string;
  version: string;
  build: string;
}

/** The key of a design's cached row: one hash of everything listed above. */
export function rowKey(bytes: Uint8Array, display: string, run: KeyRun): string {
  return sha256(JSON.stringify({ format: CACHE_FORMAT, copkit: run.version, build: run.build, today: run.today, file: display, design: sha256(bytes) }));
}
