import { jsonSchema } from '../model/json-schema.js';
import type { Result } from './report.js';

/** `copkit schema`: the JSON Schema of cop.yaml on stdout, for editors and other tools. */
export async function schemaCommand(): Promise<Result<object>> {
  return { exitCode: 0, data: jsonSchema() };
}
