/**
 * Nothing the wizard asks is write-only: for every question (the stages' and the review's), a
 * change to its answer changes what the built-in templates render. The design is the
 * higher-education example, which answers every question, made an existing community so that
 * setup's follow-up questions are answered too, and given a time zone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { allQuestions, refTargets, review } from '../../src/model/registry.js';
import type { ItemField, QuestionField } from '../../src/model/spec.js';
import type { CopData } from '../../src/model/types.js';
import { buildContext } from '../../src/render/context/index.js';
import { documentJobs, documentKinds, documentTemplates, rootFrom } from '../../src/render/documents.js';
import { createEngine } from '../../src/render/engine.js';
import type { Engine } from '../../src/render/engine.js';
import { builtinLayer, layeredSource } from '../../src/render/template-source.js';
import { repoRoot } from '../helpers/cli.js';

type Data = Record<string, unknown>;

function baseDesign(): Data {
  const data = parse(readFileSync(join(repoRoot, 'examples/assessment-practice-network/cop.yaml'), 'utf8')) as Data;
  Object.assign(data.setup as Data, {
    timeZone: 'Europe/Stockholm',
    origin: 'emergent',
    informalPractice: 'Lecturers already swap rubrics by email with friends at other universities.',
    protect: ['Swapping rubrics with friends needs no permission'],
  });
  return data;
}

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine(layeredSource([builtinLayer(repoRoot)]), documentTemplates);
});

function renderAll(data: Data): string {
  const context = buildContext({ data: data as unknown as CopData, findings: [] });
  return documentJobs(context, documentKinds)
    .map((job) =>
      engine.render(job.template, {
        ...context,
        ...job.extra,
        file: { path: job.path, root: rootFrom(job.path), source: 'cop.yaml' },
        strings: engine.strings,
      }),
    )
    .join('\n');
}

/** Ids of the list a reference points at, in the design. */
function idsOf(data: Data, to: keyof typeof refTargets): string[] {
  const { stage, field } = refTargets[to];
  const list = (data[stage] as Data | undefined)?.[field];
  return Array.isArray(list) ? list.map((item) => (item as Data).id as string) : [];
}

/** A different, still valid answer for a field. */
function changed(field: QuestionField | ItemField, value: unknown, data: Data): unknown {
  switch (field.kind) {
    case 'string':
    case 'text':
      return `${typeof value === 'string' ? value : 'An answer'} (changed)`;
    case 'date':
      return value === '2031-02-03' ? '2031-02-04' : '2031-02-03';
    case 'number': {
      const n = typeof value === 'number' ? value : 0;
      return field.max !== undefined && n >= field.max ? n - 1 : n + 1;
    }
    case 'enum':
      return Object.keys(field.values.labels).find((v) => v !== value);
    case 'enumList':
      return [Object.keys(field.values.labels).find((v) => !(value as string[] | undefined)?.includes(v))];
    case 'stringList':
      return [...(Array.isArray(value) ? value : []), 'A changed entry'];
    case 'ref':
      return idsOf(data, field.to).find((id) => id !== value);
    case 'refList':
      return [idsOf(data, field.to).find((id) => !(value as string[] | undefined)?.includes(id))];
    case 'objectList': {
      const items = Array.isArray(value) ? (value as Data[]) : [];
      const first = { ...items[0] };
      for (const [key, itemField] of Object.entries(field.fields)) first[key] = changed(itemField, first[key], data);
      return [first, ...items.slice(1)];
    }
  }
}

const stageQuestions = allQuestions().map(({ stage, key, field }) => [`${stage.id}.${key}`, stage.id, key, field] as const);
const reviewQuestions = Object.entries(review.questions).map(([key, field]) => [`review.${key}`, 'review', key, field as QuestionField] as const);

describe('every answer reaches a document', () => {
  it.each([...stageQuestions, ...reviewQuestions])('%s', (_name, stageId, key, field) => {
    const data = baseDesign();
    const before = renderAll(data);
    const holder = stageId === 'review' ? (data.reviews as Data[]).at(-1)! : (data[stageId] as Data);
    expect(holder[key], `the example answers ${stageId}.${key}`).toBeDefined();
    holder[key] = changed(field, holder[key], data);
    expect(renderAll(data)).not.toBe(before);
  });
});

describe('the comparison itself', () => {
  it('sees no change when only copkit bookkeeping the documents do not show changes', () => {
    const data = baseDesign();
    const before = renderAll(data);
    data.lint = { disable: ['no-sponsor'] };
    expect(renderAll(data)).toBe(before);
  });
});
