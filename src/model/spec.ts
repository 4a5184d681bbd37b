/**
 * The vocabulary in which every cop.yaml field is described, once.
 *
 * A stage is data: its questions, each with a field kind, a prompt, a help text, whether it is
 * required and an optional default. From these descriptions copkit derives the TypeScript types
 * (below), the validator, the JSON Schema, the progress counts and the wizard's prompts.
 */

/** A closed set of values, each with a readable label for prompts and documents. */
export interface EnumSpec {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** The lists whose items carry generated ids that other fields point at. */
export type RefTarget = 'goals' | 'activities' | 'channels' | 'roles';

interface Described {
  /** The question as the wizard asks it, or the item field's label. */
  readonly label: string;
  /** Advice shown under the question; written for a facilitator, not a programmer. */
  readonly help?: string;
  /**
   * Needed before the stage counts as complete. A number is the least count of items a list needs.
   * Drafts may leave required fields empty: this drives progress, not validity.
   */
  readonly required?: boolean | number;
  /** Asked only when another answer of the same stage has this value (follow-up questions). */
  readonly askIf?: { readonly key: string; readonly equals: string };
  /** Never asked by the stage's wizard: another command fills it in (named here, for the help text). */
  readonly filledBy?: string;
  /**
   * When the question can be answered: at design time (the default), once the pilot has ended,
   * or once the community runs (after its launch date). Until then a first `copkit init` does not
   * ask it and progress does not count it as missing.
   */
  readonly when?: AnswerableWhen;
}

export type AnswerableWhen = 'design' | 'afterPilot' | 'running';

/**
 * An answer that names something already entered: an audience group (or stakeholder), or a person
 * by their role. The wizard offers those as choices, with "someone else" to type one.
 */
export type PickFrom = 'audience' | 'people';

export interface StringField extends Described {
  readonly kind: 'string';
  readonly default?: string;
  /** A one-line answer with a checked form: an IANA time zone name such as Europe/Paris, or an ISO 4217 currency code. */
  readonly format?: 'timeZone' | 'currency';
  readonly pick?: PickFrom;
}
export interface TextField extends Described {
  readonly kind: 'text';
  readonly default?: string;
}
export interface DateField extends Described {
  readonly kind: 'date';
  readonly default?: string;
}
export interface NumberField extends Described {
  readonly kind: 'number';
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly default?: number;
  /**
   * An amount of money (`£9,600` is read as 9600, and pounds are saved as the item's `currency` field)
   * or a percentage (`80%` is read as 80, and documents print 80 %).
   */
  readonly unit?: 'money' | 'percent';
  /**
   * For a number that is a percentage for some items only (a pilot target of 70 % attendance, or
   * of 4 stories): the item's field whose wording says which ("Percentage of ...", "... (%)").
   */
  readonly measure?: string;
}
export interface EnumField extends Described {
  readonly kind: 'enum';
  readonly values: EnumSpec;
  readonly default?: string;
}
export interface EnumListField extends Described {
  readonly kind: 'enumList';
  readonly values: EnumSpec;
  readonly default?: readonly string[];
}
export interface StringListField extends Described {
  readonly kind: 'stringList';
  readonly pick?: PickFrom;
  readonly default?: readonly string[];
}
/** One id of an item in another list (`leadRole: R2`). */
export interface RefField extends Described {
  readonly kind: 'ref';
  readonly to: RefTarget;
}
/** Several ids of items in another list (`supportsGoals: [G1, G3]`). */
export interface RefListField extends Described {
  readonly kind: 'refList';
  readonly to: RefTarget;
}

export type ItemField = StringField | TextField | DateField | NumberField | EnumField | EnumListField | StringListField | RefField | RefListField;

/** A list of objects, entered item by item. */
export interface ObjectListField extends Described {
  readonly kind: 'objectList';
  /** What one item is called in prompts ("goal", "activity"). */
  readonly itemName: string;
  /** Items get generated ids with this prefix (G1, G2...) when other fields refer to them. */
  readonly idPrefix?: string;
  /** The field that names an item in lists and summaries. */
  readonly summary: string;
  readonly fields: Readonly<Record<string, ItemField>>;
  readonly default?: readonly Readonly<Record<string, unknown>>[];
}

export type QuestionField = ItemField | ObjectListField;

export interface StageSpec {
  readonly id: string;
  readonly title: string;
  /** One line on what the stage is for, shown when the wizard enters it. */
  readonly intro: string;
  readonly questions: Readonly<Record<string, QuestionField>>;
}

// ---- Types inferred from the descriptions -------------------------------------------------

type EnumValue<E> = E extends { labels: infer L } ? keyof L & string : string;

/** The value a field holds in cop.yaml. */
export type FieldValue<F> = F extends { kind: 'string' | 'text' | 'date' | 'ref' }
  ? string
  : F extends { kind: 'number' }
    ? number
    : F extends { kind: 'enum'; values: infer E }
      ? EnumValue<E>
      : F extends { kind: 'enumList'; values: infer E }
        ? EnumValue<E>[]
        : F extends { kind: 'stringList' | 'refList' }
          ? string[]
          : F extends { kind: 'objectList'; fields: infer Fs }
            ? ObjectItem<Fs>[]
            : never;

export type ObjectItem<Fs> = { id?: string } & { [K in keyof Fs]?: FieldValue<Fs[K]> };

/** The answers of one stage; every field is optional because drafts are allowed. */
export type StageAnswers<S extends StageSpec> = {
  -readonly [K in keyof S['questions']]?: FieldValue<S['questions'][K]>;
};
