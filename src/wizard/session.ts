/**
 * One wizard run's hold on cop.yaml. Every answer goes through `save`, which writes the file
 * (atomically, through CopFile) before the wizard asks anything else, so a crash or Ctrl-C loses
 * at most the answer being typed. CopFile raises the revision once per command however often
 * it saves.
 */
import { isMap } from 'yaml';
import type { Settings } from '../model/settings.js';
import type { CopFile } from '../document/cop-file.js';
import { Cancelled } from '../errors.js';
import type { Path } from '../findings.js';
import { findStage, lifecycleStageIds } from '../model/registry.js';
import { stageProgress } from '../model/progress.js';
import type { StageSpec } from '../model/spec.js';
import type { CopData, StageStatus } from '../model/types.js';
import { nextFreeNumber, validateData } from '../model/validate.js';
import { isPlainObject } from '../model/values.js';
import { pathWordsAfter } from '../model/path-words.js';
import { capitalise } from '../words.js';
import { hasAnswer, setValueAt, valueAt } from '../model/answers.js';

// Kept here too, where the wizard's modules have always found them.
export { setValueAt, valueAt };

/** Where the wizard is, for progress lines and for the message when it is stopped. */
export interface Position {
  stage: StageSpec;
  index: number;
  total: number;
  key: string;
}

export type Change = readonly [Path, unknown];

export class WizardSession {
  /** Saves of answers made by this command. */
  saved = 0;
  /** The questions this command saved answers to, as `stage.key`. */
  readonly answered = new Set<string>();
  /** Every answer this command changed or tried to, saved or not, by `stage.key`. */
  readonly touched = new Map<string, Path>();
  position: Position | undefined;
  /** Set when the user asked to stop outside a prompt; the next save or prompt stops the run. */
  stopRequested = false;
  /** The user's personal defaults (settings.yaml), offered by `copkit init`. */
  personal: Settings = {};
  private readonly highWater = new Map<string, number>();

  constructor(
    readonly file: CopFile,
    readonly today: () => string,
    private readonly signal?: AbortSignal,
  ) {
    signal?.addEventListener(
      'abort',
      () => {
        this.stopRequested = true;
      },
      { once: true },
    );
  }

  get data(): CopData {
    return this.file.data;
  }

  valueAt(path: Path): unknown {
    return valueAt(this.file.data, path);
  }

  /**
   * Record an answer (and any changes it implies elsewhere) and write the file now. A stop asked
   * for meanwhile takes effect after the answer is safe.
   */
  async save(path: Path, value: unknown, also: readonly Change[] = []): Promise<void> {
    let changed = this.set(path, value);
    for (const [where, what] of also) changed = this.set(where, what) || changed;
    if (!changed) return this.stopIfAsked();
    this.markStarted(String(path[0]));
    await this.file.save(this.today());
    this.saved++;
    this.answered.add(`${path[0]}.${path[1]}`);
    this.stopIfAsked();
  }

  /** Record many answers at once (an answers file, defaults) in one write; returns how many changed. */
  async saveAll(changes: readonly Change[]): Promise<number> {
    const changed: Path[] = [];
    for (const [path, value] of changes) {
      if (!this.set(path, value)) continue;
      changed.push(path);
      this.markStarted(String(path[0]));
    }
    if (changed.length > 0) await this.file.save(this.today());
    for (const path of changed) this.answered.add(`${path[0]}.${path[1]}`);
    this.saved += changed.length;
    this.stopIfAsked();
    return changed.length;
  }

  /** Set a stage's status (and its date) if it differs from the recorded one. */
  async setStatus(stageId: string, status: StageStatus): Promise<boolean> {
    if (!(lifecycleStageIds as readonly string[]).includes(stageId) || recordedStatus(this.data, stageId) === status) return false;
    this.setProgress(stageId, status);
    await this.file.save(this.today());
    return true;
  }

  /**
   * Why `value` cannot be the answer at `path`, judged by the same validator as the whole file
   * (so cross-references resolve against the other answers); `focus` narrows the findings to the
   * part being typed.
   */
  problem(path: Path, value: unknown, focus: Path = path): string | undefined {
    const candidate = structuredClone(this.file.data) as unknown as Record<string, unknown>;
    setValueAt(candidate, path, value);
    const finding = validateData(candidate, undefined, path).find((f) => f.severity === 'error' && startsWith(f.path, focus));
    if (!finding) return undefined;
    const rest = pathWordsAfter(finding.path, focus.length, candidate);
    return rest ? `${capitalise(rest)}: ${finding.message}` : `That ${finding.message}`;
  }

  /** A fresh id for a list item; ids are not reused within a run even after an item is removed. */
  nextId(listPath: Path, prefix: string, items: readonly unknown[]): string {
    const key = listPath.join('.');
    const n = Math.max(nextFreeNumber(items, prefix), this.highWater.get(key) ?? 1);
    this.highWater.set(key, n + 1);
    return `${prefix}${n}`;
  }

  /** Remember the ids a list starts with, so removing the last one does not free its number. */
  noteIds(listPath: Path, prefix: string, items: readonly unknown[]): void {
    const key = listPath.join('.');
    this.highWater.set(key, Math.max(this.highWater.get(key) ?? 1, nextFreeNumber(items, prefix)));
  }

  /** Change one answer in memory; the answer is the whole question (`stage.key`) it belongs to. */
  private set(path: Path, value: unknown): boolean {
    const changed = this.file.set(path, empty(value) ? undefined : value);
    if (changed) this.touched.set(`${path[0]}.${path[1]}`, path.slice(0, 2));
    return changed;
  }

  private markStarted(stageId: string): void {
    const status = recordedStatus(this.data, stageId);
    // An answer removed from a complete stage makes it in progress again, in the same save.
    if (status === 'complete') {
      const stage = findStage(stageId);
      if (stage && stageProgress(this.data, stage).missing.length > 0) this.setProgress(stageId, 'inProgress');
      return;
    }
    if ((lifecycleStageIds as readonly string[]).includes(stageId) && (status === undefined || status === 'notStarted')) {
      this.setProgress(stageId, 'inProgress');
    }
  }

  /** `design: {status: complete, updated: ...}` on one line, as SPEC.md writes progress. */
  private setProgress(stageId: string, status: StageStatus): void {
    this.file.set(['progress', stageId], { status, updated: this.today() });
    const node = this.file.doc.getIn(['progress', stageId], true);
    if (isMap(node) && !node.range) node.flow = true;
  }

  private stopIfAsked(): void {
    if (this.stopRequested || this.signal?.aborted) throw new Cancelled();
  }
}

export function recordedStatus(data: CopData, stageId: string): StageStatus | undefined {
  const entry = isPlainObject(data.progress) ? (data.progress as Record<string, unknown>)[stageId] : undefined;
  const status = isPlainObject(entry) ? entry.status : undefined;
  return typeof status === 'string' ? (status as StageStatus) : undefined;
}

/** An answer that says nothing (see `hasAnswer`) is stored as no answer at all. */
function empty(value: unknown): boolean {
  return !hasAnswer(value);
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.every((part, i) => path[i] === part);
}
