/**
 * The shape of cop.yaml as a small tree that the validator and the JSON Schema generator both
 * walk. Stage questions become shapes through `shapeOfField`, so the field list is written once,
 * in the stage files.
 */
import type { QuestionField, RefTarget } from './spec.js';

/** Generous limits that no hand-written answer reaches but that stop runaway input. */
export const LIMITS = { line: 1000, text: 20000, items: 1000 } as const;

/**
 * Digits an id's number may have (R1 to R999999999). An id becomes part of a file name
 * (roles/R1-coordinator.md), so a 300-digit one would fail the render half way; nine digits also
 * stay exact as numbers when copkit picks the next free id.
 */
export const MAX_ID_DIGITS = 9;

/** The pattern of an id with this prefix: `G1`, `R12`. */
export function idPattern(prefix: string): string {
  return `^${prefix}[1-9][0-9]{0,${MAX_ID_DIGITS - 1}}$`;
}

interface Doc {
  title?: string;
  description?: string;
}

export type Shape = Doc &
  (
    | { type: 'string'; multiline: boolean; format?: 'timeZone' | 'currency' }
    | { type: 'number'; integer: boolean; min?: number; max?: number }
    | { type: 'date' }
    | { type: 'enum'; values: readonly string[]; labels?: Readonly<Record<string, string>> }
    | { type: 'ref'; to: RefTarget }
    | { type: 'list'; item: Shape }
    | { type: 'object'; fields: Readonly<Record<string, Shape>>; idPrefix?: string }
  );

export function shapeOfField(field: QuestionField): Shape {
  const doc: Doc = { title: field.label, ...(field.help ? { description: field.help } : {}) };
  switch (field.kind) {
    case 'string':
      return { ...doc, type: 'string', multiline: false, ...(field.format ? { format: field.format } : {}) };
    case 'text':
      return { ...doc, type: 'string', multiline: true };
    case 'date':
      return { ...doc, type: 'date' };
    case 'number':
      return {
        ...doc,
        type: 'number',
        integer: field.integer ?? false,
        ...(field.min === undefined ? {} : { min: field.min }),
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    case 'enum':
      return { ...doc, type: 'enum', values: Object.keys(field.values.labels), labels: field.values.labels };
    case 'enumList':
      return { ...doc, type: 'list', item: { type: 'enum', values: Object.keys(field.values.labels), labels: field.values.labels } };
    case 'stringList':
      return { ...doc, type: 'list', item: { type: 'string', multiline: false } };
    case 'ref':
      return { ...doc, type: 'ref', to: field.to };
    case 'refList':
      return { ...doc, type: 'list', item: { type: 'ref', to: field.to } };
    case 'objectList': {
      const fields: Record<string, Shape> = {};
      if (field.idPrefix) fields.id = { type: 'string', multiline: false, title: `Generated id (${field.idPrefix}1, ${field.idPrefix}2...)` };
      for (const [key, item] of Object.entries(field.fields)) fields[key] = shapeOfField(item);
      const item: Shape = { type: 'object', fields, ...(field.idPrefix ? { idPrefix: field.idPrefix } : {}) };
      return { ...doc, type: 'list', item };
    }
  }
}
