/**
 * One command's view of cop.yaml: load it keeping comments and positions, change answers in
 * place, and save atomically. However many times a command saves, `revision` rises once and
 * one `history` entry describes the whole command (SPEC.md).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Document, isMap, isSeq, LineCounter } from 'yaml';
import type { Position } from '../errors.js';
import { DocumentError } from '../errors.js';
import type { Finding, Path } from '../findings.js';
import { atomicWrite, checkReplaceable, removeStaleTempFiles } from '../io/atomic-write.js';
import type { WriteHooks } from '../io/atomic-write.js';
import { withFileLock } from '../io/file-lock.js';
import { encodeText, readTextFile } from '../io/read-text.js';
import type { TextFile } from '../io/read-text.js';
import { valueAt } from '../model/answers.js';
import { FORMAT_VERSION, SCHEMA_FILE } from '../model/document-shape.js';
import type { CopData } from '../model/types.js';
import { validateData } from '../model/validate.js';
import { setIn } from './edit.js';
import { describeChanges } from './change-summary.js';
import { checkRootAndFormat } from './format-version.js';
import { placeFindings, positionForFinding } from './locate.js';
import { InPlaceEdits } from './in-place-edits.js';
import { mergeUnchangedSpacing, usesFlowPadding } from './keep-spacing.js';
import { parseYaml } from './parse-yaml.js';
import { keepSchemaCopy, MODELINE, replaceDeadModeline } from './schema-copy.js';
import { SaveFailed, writeError } from './save-failed.js';
import { SavedUnits } from './saved-units.js';

export { SaveFailed } from './save-failed.js';

const HISTORY_LIMIT = 50;

export class CopFile {
  data: CopData;
  findings: Finding[];
  private revisionBumped = false;
  /** copkit wrote the schema line itself, so nothing should separate it from `copkit: 1`. */
  private modelineAlone = false;
  private readonly changed: Path[] = [];
  /** Units of the file whose original layout was found to mean what the printer wrote (keepUnchangedSpacing). */
  private readonly sameMeaning = new Map<string, boolean | undefined>();
  private dirty = false;
  /**
   * How the last save made its text: `full` printed the whole document, `quick` replaced the
   * changed values' lines in the last saved text (the same text, found more cheaply).
   */
  get lastSave(): 'full' | 'quick' | undefined {
    return this.lastSaveKind;
  }
  private lastSaveKind: 'full' | 'quick' | undefined;
  /** What changed since the last save, for the quick save (in-place-edits.ts). */
  private readonly edits = new InPlaceEdits();
  /** How the last full save printed: the units of its text and whether the next save may rely on them. */
  private printed: { keys: string[] | undefined; padding: boolean; sure: boolean } | undefined;
  /** The last saved text as units, built on the first quick save after a full one. */
  private savedUnits: SavedUnits | undefined;

  private constructor(
    /** The path to read and write. */
    readonly path: string,
    /** The path as the user should see it in messages. */
    readonly display: string,
    /**
     * The YAML document, to read. Change answers through `set()` only: the quick save rewrites
     * just the lines of the changes `set()` recorded (in-place-edits.ts). The one outside edit,
     * session.ts drawing a new progress entry as a flow map, touches only a node `set()` has just
     * created, and a new node always goes through the full save.
     */
    readonly doc: Document,
    private lineCounter: LineCounter,
    /** What is on disk as far as this command knows; undefined until a new file is first saved. */
    private source: TextFile | undefined,
  ) {
    this.data = {} as CopData;
    this.findings = [];
    this.revalidate();
  }

  /** Read and check an existing cop.yaml. Throws DocumentError for what cannot be used at all. */
  static async load(path: string, display = path): Promise<CopFile> {
    return CopFile.parse(path, display, await CopFile.read(path, display));
  }

  /**
   * The first half of `load`: the file's text and bytes, refused as `load` refuses them when they
   * cannot be a cop.yaml. The portfolio reads this much to tell whether it must parse at all.
   */
  static async read(path: string, display = path): Promise<TextFile> {
    return readTextFile(path, display).catch((error: unknown) => {
      const missing = error instanceof DocumentError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
      throw missing ? new DocumentError(display, error.message, { cause: error.cause, hint: 'Run `copkit init` to start a design here, or name another file with --file.' }) : error;
    });
  }

  /** The second half of `load`: parse and check text that `read` returned. */
  static parse(path: string, display: string, file: TextFile): CopFile {
    const { doc, lineCounter } = parseYaml(file);
    checkRootAndFormat(display, doc, lineCounter);
    return new CopFile(path, display, doc, lineCounter, file);
  }

  /** A new, empty design; nothing is written until the first save. */
  static create(path: string, display = path): CopFile {
    const doc = new Document({ copkit: FORMAT_VERSION, revision: 0 });
    return new CopFile(path, display, doc, new LineCounter(), undefined);
  }

  /** The bytes as read from disk (or last saved); undefined for a new file not yet saved. */
  get sourceBytes(): Uint8Array | undefined {
    return this.source?.bytes;
  }

  get isNew(): boolean {
    return this.source === undefined;
  }

  /** Errors and warnings, each with its position in the file as last read. */
  get placedFindings(): Finding[] {
    return this.place(this.findings);
  }

  /** Give findings about this file's paths their positions in it. */
  place(findings: readonly Finding[]): Finding[] {
    return placeFindings([...findings], this.doc, this.lineCounter);
  }

  /**
   * Where a finding about `path` belongs, as the file was last read: the node, or the key of the
   * nearest field that exists when the node is missing (a lint finding about an unanswered field).
   */
  positionOf(path: Path, atKey = false): Position {
    return positionForFinding(this.doc, this.lineCounter, path, atKey);
  }

  /** Change one answer. Returns false (and records nothing) if the value is already there. */
  set(path: Path, value: unknown): boolean {
    const before = JSON.stringify(valueAt(this.data, path));
    if (before === JSON.stringify(value)) return false;
    const inPlace = this.edits.change(this.doc, path, () => setIn(this.doc, path, value));
    if (inPlace) {
      // One value changed where it was: copy the data along its path instead of the whole document.
      this.data = withValueAt(this.data, path, inPlace.value) as CopData;
      this.findings = validateData(this.data);
    } else {
      this.revalidate();
    }
    this.changed.push(path);
    this.dirty = true;
    return true;
  }

  /**
   * Write the file if anything changed. The first save of a command raises the revision and adds
   * a history entry; later saves of the same command update that entry.
   */
  async save(today: string, options: { summary?: string; hooks?: WriteHooks; quick?: boolean } = {}): Promise<boolean> {
    if (!this.dirty) return false;
    const summary = options.summary ?? describeChanges(this.changed, this.data);
    this.stamp(today, summary);
    const { text, saved } = this.serialise(options.quick ?? true);
    const bytes = encodeText(text, this.source ?? { eol: '\n', bom: false });
    try {
      await checkReplaceable(this.path);
      await withFileLock(this.path, this.display, async () => {
        await this.refuseIfChangedOnDisk();
        await removeStaleTempFiles(dirname(this.path), new Set([basename(this.path)]));
        // Checked again just before the rename: writing and syncing the temporary file takes the
        // longest, and a hand edit saved meanwhile would otherwise be replaced (finding 2).
        const hooks = options.hooks;
        const beforeRename = async (tmp: string) => {
          await hooks?.beforeRename?.(tmp);
          await this.refuseIfChangedOnDisk();
        };
        await atomicWrite(this.path, bytes, { hooks: { ...hooks, beforeRename } });
      });
    } catch (error) {
      // The lock file, the temporary file and the rename all live in cop.yaml's folder: whichever
      // step the system refused, the file on disk is the previous version.
      throw error instanceof SaveFailed ? error : writeError(this.display, error);
    }
    this.source = { path: this.display, text, eol: this.source?.eol ?? '\n', bom: this.source?.bom ?? false, bytes };
    saved();
    this.dirty = false;
    await keepSchemaCopy(join(dirname(this.path), SCHEMA_FILE));
    return true;
  }

  private stamp(today: string, summary: string): void {
    const current = typeof this.data.revision === 'number' ? this.data.revision : 0;
    const revision = current + (this.revisionBumped ? 0 : 1);
    // Past 2^53 a number can no longer be raised by one: the save would lower the revision.
    if (!Number.isSafeInteger(revision)) {
      throw new DocumentError(this.display, `revision ${current} is too large to raise by one (copkit counts revisions up to ${Number.MAX_SAFE_INTEGER}); nothing was saved`, {
        position: this.positionOf(['revision']),
        source: 'schema',
      });
    }
    this.edits.change(this.doc, ['revision'], () => setIn(this.doc, ['revision'], revision));
    this.edits.change(this.doc, ['updated'], () => setIn(this.doc, ['updated'], today));
    const history = Array.isArray(this.data.history) ? [...this.data.history] : [];
    const entry = { revision, date: today, summary };
    if (this.revisionBumped && history.at(-1)?.revision === revision) history[history.length - 1] = entry;
    else history.push(entry);
    const kept = history.slice(-HISTORY_LIMIT);
    // Later saves of a command change only the last entry; the others are set to what they hold.
    const last = kept.length - 1;
    const onlyLast = Array.isArray(this.data.history) && this.data.history.length === kept.length && JSON.stringify(this.data.history.slice(0, last)) === JSON.stringify(kept.slice(0, last));
    if (onlyLast) this.edits.change(this.doc, ['history', last], () => setIn(this.doc, ['history'], kept));
    else {
      setIn(this.doc, ['history'], kept);
      this.edits.changedOtherwise();
    }
    // One line per entry keeps the file's tail short, as in SPEC.md's example.
    const entries = this.doc.get('history', true);
    if (isSeq(entries)) for (const item of entries.items) if (isMap(item) && !item.range) item.flow = true;
    this.revisionBumped = true;
    this.restamped({ revision, updated: today, history: kept });
  }

  /**
   * Only the stamp's three fields changed, so only they are checked again: checking the whole
   * document was a third of every autosave (issue 14). What was found about their old values goes.
   */
  private restamped(stamp: { revision: number; updated: string; history: unknown[] }): void {
    Object.assign(this.data, stamp);
    const stale = (f: Finding) => typeof f.path[0] === 'string' && Object.hasOwn(stamp, f.path[0]);
    this.findings = [...this.findings.filter((f) => !stale(f)), ...validateData({ ...stamp })];
  }

  /** The text to write, and what to remember once it is written. */
  private serialise(allowQuick: boolean): { text: string; saved: () => void } {
    if (this.prepareHeader()) this.edits.changedOtherwise();
    const quick = allowQuick ? this.quickText() : undefined;
    if (quick) return quick;
    const padding = this.source ? usesFlowPadding(this.source.text) : false;
    let text = this.doc.toString({ lineWidth: 0, flowCollectionPadding: padding });
    // A document comment is printed with a blank line after it; the schema line needs none.
    if (this.modelineAlone) text = text.replace(/^(#[^\n]*)\n\n/, '$1\n');
    const kept = this.source ? mergeUnchangedSpacing(this.source.text, text, () => this.doc.toJS(), this.sameMeaning) : { text, sure: true, printedKeys: undefined };
    return {
      text: kept.text,
      saved: () => {
        this.lastSaveKind = 'full';
        this.printed = { keys: kept.printedKeys, padding, sure: kept.sure };
        this.savedUnits = undefined;
        this.edits.clear();
      },
    };
  }

  /**
   * After a full save, a save whose changes are all values changed in place replaces just their
   * units in the saved text (in-place-edits.ts): the same text, without printing the whole file.
   */
  private quickText(): { text: string; saved: () => void } | undefined {
    if (!this.source || !this.printed?.sure) return undefined;
    this.savedUnits ??= SavedUnits.of(this.source.text, this.printed.keys, this.printed.padding);
    const units = this.savedUnits;
    if (!units) {
      this.printed.sure = false;
      return undefined;
    }
    const quick = this.edits.quickText(this.doc, units);
    if (!quick) return undefined;
    return {
      text: quick.text,
      saved: () => {
        this.lastSaveKind = 'quick';
        units.commit(quick.replacements);
        quick.written();
        this.edits.clear();
      },
    };
  }

  /** The schema line at the top, pointing at the copy beside the file; true if it had to be changed. */
  private prepareHeader(): boolean {
    const firstKey = () => (this.doc.contents as { items?: { key?: { commentBefore?: string } }[] } | null)?.items?.[0]?.key;
    const before = [this.doc.commentBefore, firstKey()?.commentBefore];
    replaceDeadModeline(this.doc);
    const head = this.doc.commentBefore ?? '';
    const firstKeyComment = firstKey()?.commentBefore ?? '';
    if (!head.includes('yaml-language-server') && !firstKeyComment.includes('yaml-language-server')) {
      this.doc.commentBefore = head ? `${MODELINE}\n${head}` : MODELINE;
      this.modelineAlone = head === '';
    }
    return this.doc.commentBefore !== before[0] || firstKey()?.commentBefore !== before[1];
  }

  /** Never write over a change someone else saved since this command read the file. */
  private async refuseIfChangedOnDisk(): Promise<void> {
    let current: Buffer | undefined;
    try {
      current = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const expected = this.source?.bytes;
    const unchanged = expected === undefined ? current === undefined : current !== undefined && expected.equals(current);
    if (!unchanged) {
      throw new SaveFailed(this.display, 'changed', `${this.display} was changed by someone else while copkit was working; copkit did not overwrite it`, {
        hint: 'Run the command again to continue from the version now on disk.',
      });
    }
  }

  private revalidate(): void {
    this.data = this.doc.toJS() as CopData;
    this.findings = validateData(this.data);
  }
}

/** `data` with `value` at `path`, sharing everything off the path; `path` exists in `data`. */
function withValueAt(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
  copy[key!] = withValueAt(copy[key!], rest, value);
  return copy;
}
