import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { runIn } from '../helpers/in-process.js';

const design = readFileSync(join(repoRoot, 'examples/secretaires-de-mairie/cop.yaml'), 'utf8');

/**
 * A consultant's folder with the example pack installed as the npm package @acme/copkit-pack
 * (version 2.3.0, from its pack.yaml) and a client design two folders below, naming `templates`.
 */
function installed(templates: string): { root: string; client: string } {
  const root = tempDir();
  const pkg = join(root, 'node_modules', '@acme', 'copkit-pack');
  cpSync(join(repoRoot, 'examples/packs/atelier-praxis'), pkg, { recursive: true });
  // Code in the package must never run: if it did, it would leave this marker behind.
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@acme/copkit-pack', version: '2.3.0', main: 'index.js' }));
  writeFileSync(join(pkg, 'index.js'), `require('node:fs').writeFileSync(${JSON.stringify(join(root, 'ran'))}, 'x');\n`);
  const client = join(root, 'clients', 'mairie');
  mkdirSync(client, { recursive: true });
  const text = design.replace('templates: ../packs/atelier-praxis', `templates: "${templates}"`);
  expect(text).not.toBe(design);
  writeFileSync(join(client, 'cop.yaml'), text);
  return { root, client };
}

function templatesLine(client: string): string {
  const line = readFileSync(join(client, 'cop.yaml'), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes('templates: "'));
  return `cop.yaml:${line + 1}:14`;
}

describe('template packs installed as npm packages', () => {
  it("are found in node_modules from the design's folder upward, and nothing in them runs", async () => {
    const { root, client } = installed('@acme/copkit-pack');
    const result = await runIn(client, ['render']);
    expect(result.stderr).toContain('docs: 64 created with pack atelier-praxis 2.3.0');
    expect(result.code).toBe(0);
    expect(readFileSync(join(client, 'docs/charter.md'), 'utf8')).toBe(readFileSync(join(repoRoot, 'examples/secretaires-de-mairie/docs/charter.md'), 'utf8'));
    expect(existsSync(join(root, 'ran'))).toBe(false);
  });

  it("check the version range cop.yaml gives against the pack's own pack.yaml", async () => {
    const ok = installed('@acme/copkit-pack@^2.1');
    expect((await runIn(ok.client, ['render', '--dry-run'])).code).toBe(0);
    const old = installed('@acme/copkit-pack@>=3');
    const result = await runIn(old.client, ['render']);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toMatch(
      new RegExp(
        `^${templatesLine(old.client)} {2}error {2}The template pack asks for @acme/copkit-pack >=3, but the installed pack \\(.+/node_modules/@acme/copkit-pack/pack\\.yaml\\) is version 2\\.3\\.0 {2}render$`,
      ),
    );
    expect(existsSync(join(old.client, 'docs'))).toBe(false);
  });

  it('name the package and where copkit looked when it is not installed', async () => {
    const { client } = installed('@acme/missing-pack');
    const result = await runIn(client, ['render']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${templatesLine(client)}  error  The template pack names the package @acme/missing-pack, which is not installed: no node_modules/@acme/missing-pack/pack.yaml in ${client} or any folder above it (run npm install @acme/missing-pack)`,
    );
  });

  it('are shown by copkit templates list with where they came from', async () => {
    const { client } = installed('@acme/copkit-pack@^2');
    const { code, stdout } = await runIn(client, ['templates', 'list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/atelier-praxis +2\.3\.0 +\S+\/node_modules\/@acme\/copkit-pack\/ +cop\.yaml, npm package @acme\/copkit-pack \^2\n/);
    // --json keeps the setting's path.
    const listed = JSON.parse((await runIn(client, ['templates', 'list', '--json'])).stdout) as { packs: Record<string, string>[] };
    expect(listed.packs[0]!.from).toBe('render.templates, npm package @acme/copkit-pack ^2');
    expect(listed.packs[0]!.namedIn).toBeUndefined();
  });

  it('may be given to --templates, found from the working folder upward', async () => {
    const { client } = installed('@acme/copkit-pack');
    const plain = join(client, 'plain.yaml');
    writeFileSync(plain, design.replace('  templates: ../packs/atelier-praxis\n', ''));
    const { code, stdout } = await runIn(client, ['templates', 'list', '--file', 'plain.yaml', '--templates', '@acme/copkit-pack@~2.3']);
    expect(code).toBe(0);
    expect(stdout).toContain('--templates, npm package @acme/copkit-pack ~2.3');
    const missing = await runIn(client, ['render', '--file', 'plain.yaml', '--templates', '@acme/nothing']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--templates names the package @acme/nothing, which is not installed');
  });

  it('leave a folder of the same name beside the design meaning that folder', async () => {
    const { client } = installed('atelier');
    cpSync(join(repoRoot, 'examples/packs/atelier-praxis'), join(client, 'atelier'), { recursive: true });
    const { code, stdout } = await runIn(client, ['templates', 'list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/atelier-praxis +2\.3\.0 +atelier\/ +cop\.yaml\n/);
  });
});
