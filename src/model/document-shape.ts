/**
 * The whole of cop.yaml: copkit's own bookkeeping fields around the stages' answers (SPEC.md).
 */
import { stageStatus } from './enums.js';
import { allStages, lifecycleStages, review } from './registry.js';
import { formatNames } from './render-formats.js';
import { shapeOfField } from './shape.js';
import type { Shape } from './shape.js';

/** The cop.yaml format this copkit reads and writes. */
export const FORMAT_VERSION = 1;

/** The JSON Schema's identifier (`$id`); the package itself has never been published there. */
export const SCHEMA_URL = 'https://unpkg.com/copkit/schema/v1/cop.schema.json';

/**
 * Where editors find the JSON Schema: a copy copkit writes beside cop.yaml and rewrites whenever
 * it saves a design, so the link resolves for everyone who clones the repository, offline, and
 * always matches the copkit that last saved the file (README, "Editor completion").
 */
export const SCHEMA_FILE = 'cop.schema.json';

const line = (title: string, description?: string): Shape => ({ type: 'string', multiline: false, title, ...(description ? { description } : {}) });

const progressEntry: Shape = {
  type: 'object',
  fields: {
    status: { type: 'enum', values: Object.keys(stageStatus.labels), labels: stageStatus.labels, title: 'Where the stage stands' },
    updated: { type: 'date', title: 'When its status last changed' },
  },
};

function stageShapes(): Record<string, Shape> {
  const shapes: Record<string, Shape> = {};
  for (const stage of allStages) {
    const fields: Record<string, Shape> = {};
    for (const [key, field] of Object.entries(stage.questions)) fields[key] = shapeOfField(field);
    shapes[stage.id] = { type: 'object', fields, title: stage.title, description: stage.intro };
  }
  return shapes;
}

/** One review's answers: the draft under `review:` and each filed entry of `reviews:`. */
function reviewShape(): Shape & { type: 'object' } {
  const fields: Record<string, Shape> = {};
  for (const [key, field] of Object.entries(review.questions)) fields[key] = shapeOfField(field);
  return { type: 'object', fields, title: review.title, description: review.intro };
}

function buildDocumentShape(): Shape & { type: 'object' } {
  const stages = stageShapes();
  const { setup, ...lifecycle } = stages;
  const progress: Record<string, Shape> = {};
  for (const stage of lifecycleStages) progress[stage.id] = progressEntry;
  return {
    type: 'object',
    title: 'copkit community of practice design (cop.yaml)',
    description: 'A living design document for a community of practice, written by `copkit init` and by people.',
    fields: {
      copkit: { type: 'number', integer: true, min: 1, title: 'Format version of this file', description: 'Written by copkit; do not change it by hand.' },
      revision: { type: 'number', integer: true, min: 0, title: 'Revision', description: 'Rises by one for every copkit command that changes the file.' },
      updated: { type: 'date', title: 'Date of the last change made by copkit' },
      setup: setup!,
      progress: { type: 'object', fields: progress, title: 'Progress per stage' },
      ...lifecycle,
      review: { ...reviewShape(), title: 'The review being recorded', description: 'Saved answer by answer by `copkit review`, and filed under reviews once it has a date.' },
      reviews: { type: 'list', item: reviewShape(), title: 'Reviews held, oldest first', description: 'Filed by `copkit review`; copkit never changes a filed review.' },
      render: {
        type: 'object',
        title: 'Rendering settings',
        fields: {
          outDir: line('Folder for the generated documents', 'Relative to cop.yaml; default docs.'),
          templates: line('Template pack folder', 'Relative to cop.yaml; templates found there replace the built-in ones.'),
          formats: {
            type: 'list',
            item: { type: 'enum', values: formatNames },
            title: 'Formats to render',
            description: 'Any of md (Markdown), html (web pages), docx (Word) and ics (calendar); default md. --format overrides it.',
          },
        },
      },
      lint: {
        type: 'object',
        title: 'Design lint settings',
        fields: { disable: { type: 'list', item: line('Rule id'), title: 'Lint rules switched off for this community' } },
      },
      history: {
        type: 'list',
        title: 'Recent changes made by copkit (newest last, at most 50)',
        item: {
          type: 'object',
          fields: {
            revision: { type: 'number', integer: true, min: 0, title: 'Revision' },
            date: { type: 'date', title: 'Date' },
            summary: line('What changed'),
          },
        },
      },
    },
  };
}

export const documentShape = buildDocumentShape();
