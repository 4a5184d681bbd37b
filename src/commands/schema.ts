import type { Deps } from '../deps.js';
import { jsonSchema } from '../model/json-schema.js';

/** `copkit schema`: the JSON Schema of cop.yaml on stdout, for editors and other tools. */
export async function schemaCommand(deps: Deps): Promise<number> {
  deps.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  return 0;
}
