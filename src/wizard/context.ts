import type { Path } from '../findings.js';
import type { ItemField, QuestionField, RefTarget } from '../model/spec.js';
import type { Asker } from './asker.js';
import type { Change, WizardSession } from './session.js';

/** Asks one field; passed down to the list modules, which ask their items' fields with it. */
export type FieldAsker = (ctx: WizardContext, ask: FieldAsk) => Promise<void>;

/** What every prompt in a run shares. */
export interface WizardContext {
  asker: Asker;
  session: WizardSession;
  /**
   * Called when a cross-reference cannot be answered yet because the list it points at is still
   * empty (activities are designed before roles). Returns true if the run will come back to it.
   */
  defer(target: RefTarget, ask: FieldAsk): boolean;
  /** Whether the prompts offer a way back to the previous question (`<`, or "Back" in a list). */
  back?: boolean;
}

/**
 * `item`: a field a list item cannot do without (it names the item); `required`: needed before
 * the stage is complete, but may be left for later; `optional`: may be skipped.
 */
export type Need = 'item' | 'required' | 'optional';

/** One answer to ask for: a question of a stage, or a field of a list item. */
export interface FieldAsk {
  field: ItemField | QuestionField;
  /** Where the answer lives in cop.yaml. */
  path: Path;
  message: string;
  /** Advice shown before the prompt. */
  help?: string;
  current: unknown;
  /** For a field of a list item: the item so far (whose measure says whether a number is per cent). */
  item?: Readonly<Record<string, unknown>>;
  /** Offered when there is no current answer: the registry's default or a catalogue's. */
  suggested: unknown;
  need: Need;
  /** For a list the stage needs entries in: how many. */
  minItems: number;
  stageTitle: string;
  /** Why a candidate value cannot be saved (`focus` narrows it to one entry of a list). */
  check(value: unknown, focus?: Path): string | undefined;
  /**
   * Save the answer (and changes it implies elsewhere); lists call it after every entry. For a
   * field of a list item, `also` may only change other fields of the same item.
   */
  commit(value: unknown, also?: readonly Change[]): Promise<void>;
}

/** The value a select returns for "skip", "leave it for later" and "none". */
export const NO_ANSWER = null;
