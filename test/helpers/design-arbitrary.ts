/**
 * Random designs built from the registry, for property tests of saving: every field of every
 * stage may appear, with text a person might type (any printable Unicode, YAML's special
 * characters included), and every reference points at an id that exists.
 */
import fc from 'fast-check';
import { dateRelationFindings } from '../../src/model/date-relations.js';
import { documentShape } from '../../src/model/document-shape.js';
import { refTargets } from '../../src/model/registry.js';
import type { Shape } from '../../src/model/shape.js';

export const printable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(s));
export const multiline = fc.array(printable, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** An arbitrary value of a shape from the registry; references point at ids that exist (X1). */
export function arbitraryOf(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case 'string':
      if (shape.format === 'timeZone') return fc.constantFrom('Europe/Paris', 'America/Chicago', 'UTC');
      if (shape.format === 'currency') return fc.constantFrom('EUR', 'GBP', 'USD');
      return shape.multiline ? multiline : printable;
    case 'number':
      return shape.integer ? fc.integer({ min: shape.min ?? -1000, max: 100000 }) : fc.double({ min: shape.min ?? -1000, max: 100000, noNaN: true, noDefaultInfinity: true });
    case 'date':
      return isoDate;
    case 'enum':
      return fc.constantFrom(...shape.values);
    case 'ref':
      return fc.constant(`${refTargets[shape.to].prefix}1`);
    case 'list':
      return fc.array(arbitraryOf(shape.item), { maxLength: 3 });
    case 'object': {
      const fields = Object.fromEntries(
        Object.entries(shape.fields)
          .filter(([key]) => key !== 'id')
          .map(([key, field]) => [key, arbitraryOf(field)]),
      );
      return fc.record(fields, { requiredKeys: [] });
    }
  }
}

/** Lists with ids get G1, G2... and always at least one item, so every reference resolves. */
function withIds(value: unknown, shape: Shape): unknown {
  if (shape.type === 'list' && Array.isArray(value)) {
    const item = shape.item;
    const items = item.type === 'object' && item.idPrefix && value.length === 0 ? [{}] : value;
    return items.map((entry, i) => {
      const inner = withIds(entry, item);
      return item.type === 'object' && item.idPrefix ? { id: `${item.idPrefix}${i + 1}`, ...(inner as object) } : inner;
    });
  }
  if (shape.type === 'object' && value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v, shape.fields[k]!)]));
  }
  return value;
}

const stageKeys = ['setup', 'inquire', 'design', 'prototype', 'launch', 'grow', 'sustain'] as const;

/** A design's answers, stage by stage, whose dates agree with each other. */
export const designAnswers = fc
  .record(Object.fromEntries(stageKeys.map((key) => [key, arbitraryOf(documentShape.fields[key]!)])), { requiredKeys: ['inquire', 'design'] })
  .map((data) => {
    const out = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, withIds(v, documentShape.fields[k]!)])) as Record<string, Record<string, unknown>>;
    for (const target of Object.values(refTargets)) {
      const stage = (out[target.stage] ??= {});
      if (!Array.isArray(stage[target.field]) || (stage[target.field] as unknown[]).length === 0) stage[target.field] = [{ id: `${target.prefix}1` }];
    }
    return out;
  })
  .filter((data) => dateRelationFindings(data).every((f) => f.severity !== 'error'));
