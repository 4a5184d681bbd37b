import { json } from './report.js';
import type { Line } from './report.js';

/** `copkit schema` prints the schema and nothing else. */
export function schemaView(schema: object): Line[] {
  return [json(schema)];
}
