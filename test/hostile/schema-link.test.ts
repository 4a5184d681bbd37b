import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/cli.js';
import { SPARSE } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

/** The file the first line's `$schema=` names, resolved as yaml-language-server does (beside the YAML). */
function schemaPathOf(copYaml: string): string {
  const first = readFileSync(copYaml, 'utf8').split('\n')[0]!;
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(match, first).not.toBeNull();
  expect(match![1]).not.toMatch(/^https?:/);
  return join(dirname(copYaml), match![1]!);
}

function validates(copYaml: string): void {
  const schema = JSON.parse(readFileSync(schemaPathOf(copYaml), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  const ok = validate(parse(readFileSync(copYaml, 'utf8')));
  expect(validate.errors ?? [], copYaml).toEqual([]);
  expect(ok).toBe(true);
}

describe('the schema line of cop.yaml points at a file that exists (Deliver 3)', () => {
  it.each(['field-service-technicians', 'secretaires-de-mairie'])('examples/%s', (name) => {
    validates(join(repoRoot, 'examples', name, 'cop.yaml'));
  });

  it("the examples' copies are what `copkit schema` prints", async () => {
    const printed = (await runIn(tempDir(), ['schema'])).stdout;
    for (const name of ['field-service-technicians', 'secretaires-de-mairie']) {
      expect(readFileSync(join(repoRoot, 'examples', name, 'cop.schema.json'), 'utf8')).toBe(printed);
    }
  });

  it('init writes the schema beside a new cop.yaml', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), 'setup:\n  communityName: Guild\n');
    expect((await runIn(dir, ['init', '--answers', 'a.yaml', '--yes'])).code).toBe(0);
    validates(join(dir, 'cop.yaml'));
  });

  it("a save points an old file's dead URL at the copy, and brings a stale copy up to date", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), `# yaml-language-server: $schema=https://unpkg.com/copkit/schema/v1/cop.schema.json\n${SPARSE}`);
    writeFileSync(join(dir, 'cop.schema.json'), '{}\n');
    writeFileSync(join(dir, 'a.yaml'), 'inquire:\n  domain: Copiers and printers.\n');
    expect((await runIn(dir, ['stage', 'inquire', '--answers', 'a.yaml', '--yes'])).code).toBe(0);
    expect(readFileSync(join(dir, 'cop.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=cop.schema.json');
    validates(join(dir, 'cop.yaml'));
  });
});
