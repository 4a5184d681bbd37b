/**
 * The JSON Schema (draft 2020-12) of cop.yaml, generated from the same shapes the validator
 * walks. Editors use it (through the yaml-language-server line copkit writes) to complete and
 * check the file as people type.
 */
import { documentShape, FORMAT_VERSION, SCHEMA_URL } from './document-shape.js';
import { CURRENCY_PATTERN } from './currencies.js';
import { refTargets } from './registry.js';
import { idPattern, LIMITS } from './shape.js';
import type { Shape } from './shape.js';

type JsonSchema = Record<string, unknown>;

function describe(shape: Shape): JsonSchema {
  return {
    ...(shape.title ? { title: shape.title } : {}),
    ...(shape.description ? { description: shape.description } : {}),
  };
}

function toSchema(shape: Shape): JsonSchema {
  const base = describe(shape);
  switch (shape.type) {
    case 'string':
      // A currency code in capitals. A pattern, not the list of codes: that list is the runtime's
      // ICU data, which differs between Node versions, and the schema is committed beside designs.
      // The validator checks the code itself and says which was meant.
      if (shape.format === 'currency') return { ...base, type: ['string', 'null'], pattern: CURRENCY_PATTERN };
      // One-line fields accept a number too (`target: 20`), as the validator does.
      return shape.multiline ? { ...base, type: ['string', 'null'], maxLength: LIMITS.text } : { ...base, type: ['string', 'number', 'null'], maxLength: LIMITS.line };
    case 'number':
      return {
        ...base,
        type: [shape.integer ? 'integer' : 'number', 'null'],
        ...(shape.min === undefined ? {} : { minimum: shape.min }),
        ...(shape.max === undefined ? (shape.integer ? { maximum: Number.MAX_SAFE_INTEGER } : {}) : { maximum: shape.max }),
      };
    case 'date':
      return { ...base, type: ['string', 'null'], format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    case 'enum':
      return { ...base, enum: [...shape.values, null] };
    case 'ref':
      return { ...base, type: ['string', 'null'], pattern: idPattern(refTargets[shape.to].prefix) };
    case 'list':
      return { ...base, type: ['array', 'null'], maxItems: LIMITS.items, items: toSchema(shape.item) };
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, field] of Object.entries(shape.fields)) properties[key] = toSchema(field);
      if (shape.idPrefix) properties.id = { ...properties.id, pattern: idPattern(shape.idPrefix) };
      return { ...base, type: ['object', 'null'], properties, additionalProperties: false };
    }
  }
}

export function jsonSchema(): JsonSchema {
  const root = toSchema(documentShape);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_URL,
    ...root,
    type: 'object',
    required: ['copkit'],
    properties: {
      ...(root.properties as Record<string, JsonSchema>),
      copkit: { ...(root.properties as Record<string, JsonSchema>).copkit, type: 'integer', const: FORMAT_VERSION },
    },
  };
}
