import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/tmp.js';

async function printedSchema(): Promise<Record<string, unknown>> {
  const result = await runIn(tempDir(), ['schema']);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

function validator(schema: Record<string, unknown>) {
  // `format: date` is annotation-only unless ajv-formats is loaded; the pattern still applies.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false });
  return ajv.compile(schema);
}

describe('copkit schema', () => {
  it('prints a draft 2020-12 schema that a real validator accepts the example against', async () => {
    const schema = await printedSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = validator(schema);
    const example = parse(readFileSync(join(repoRoot, 'examples/field-service-technicians/cop.yaml'), 'utf8'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects documents with wrong types, unknown values and unknown fields', async () => {
    const validate = validator(await printedSchema());
    expect(validate({ copkit: 1, inquire: { audience: [{ segment: 'x', estimatedSize: 'many' }] } })).toBe(false);
    expect(validate({ copkit: 1, design: { activities: [{ id: 'A1', frequency: 'sometimes' }] } })).toBe(false);
    expect(validate({ copkit: 1, inquire: { goalz: [] } })).toBe(false);
    expect(validate({ copkit: 2 })).toBe(false);
    expect(validate({ setup: { communityName: 'x' } })).toBe(false);
    expect(validate({ copkit: 1, setup: { communityName: 'Tips' }, inquire: { goals: null } })).toBe(true);
  });
});
