/**
 * A design rendered before from the same inputs is recognised from the manifest (the inputs it
 * records); anything that could change a document (cop.yaml's bytes, a pack's file, a hand edit,
 * another --only) takes the full render again, which decides as it always did.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKinds } from '../../src/render/documents.js';
import { templateSets } from '../../src/render/template-sets.js';
import { inputsHash } from '../../src/render/unchanged.js';
import { repoRoot } from '../helpers/cli.js';
import { runIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/tmp.js';

function examples(): string {
  const dir = tempDir();
  cpSync(join(repoRoot, 'examples'), dir, { recursive: true });
  for (const name of ['field-service-technicians', 'secretaires-de-mairie']) rmSync(join(dir, name, 'docs'), { recursive: true, force: true });
  return dir;
}

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'docs/.copkit-manifest.json'), 'utf8')) as { inputs?: { sha256: string; order: string[] }; files: Record<string, string> };
const last = (text: string) => text.trim().split('\n').at(-1);

describe('an unchanged render', () => {
  it('records its inputs, and a second render finds every file unchanged with the same lines', async () => {
    const dir = join(examples(), 'secretaires-de-mairie');
    expect((await runIn(dir, ['render'])).code).toBe(0);
    const first = manifest(dir);
    expect(first.inputs?.order[0]).toBe('charter.md');
    expect(Object.keys(first.files).sort()).toEqual([...first.inputs!.order].sort());
    const again = await runIn(dir, ['render']);
    expect(again.code).toBe(0);
    expect(last(again.stderr)).toBe(`docs: ${first.inputs!.order.length} unchanged with pack atelier-praxis 2.3.0`);
    expect(manifest(dir)).toEqual(first);
    expect((await runIn(dir, ['render', '--check'])).code).toBe(0);
  });

  it('a manifest without inputs (an older copkit) is up to date for --check, and a render adds them quietly', async () => {
    const root = tempDir();
    cpSync(join(repoRoot, 'examples'), root, { recursive: true });
    const dir = join(root, 'field-service-technicians');
    const path = join(dir, 'docs/.copkit-manifest.json');
    const { inputs: _inputs, ...older } = manifest(dir);
    writeFileSync(path, `${JSON.stringify(older, null, 2)}\n`);
    expect((await runIn(dir, ['render', '--check'])).code).toBe(0);
    const result = await runIn(dir, ['render']);
    expect(last(result.stderr)).toMatch(/^docs: \d+ unchanged$/);
    expect(manifest(dir).inputs).toBeDefined();
  });

  it('--check and --force always render in full, so a stale inputs hash cannot hide a change', async () => {
    const dir = join(examples(), 'assessment-practice-network');
    expect((await runIn(dir, ['render', '--force'])).code).toBe(0);
    // What an earlier build of the same copkit version wrote: other text, recorded in the manifest
    // with inputs that still match. The shortcut trusts the manifest; --check and --force do not.
    const older = 'An older build wrote this.\n';
    writeFileSync(join(dir, 'docs/charter.md'), older);
    const path = join(dir, 'docs/.copkit-manifest.json');
    const data = manifest(dir);
    data.files['charter.md'] = createHash('sha256').update(older).digest('hex');
    writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
    expect(last((await runIn(dir, ['render'])).stderr)).toMatch(/^docs: \d+ unchanged$/);
    expect((await runIn(dir, ['render', '--check'])).code).toBe(1);
    expect((await runIn(dir, ['render', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'docs/charter.md'), 'utf8')).not.toBe(older);
  });

  it('a render made by another build of copkit (same version, other code) is rendered again', async () => {
    const dir = join(examples(), 'assessment-practice-network');
    expect((await runIn(dir, ['render', '--force'])).code).toBe(0);
    const path = join(dir, 'docs/.copkit-manifest.json');
    const data = manifest(dir);
    const request = { copPath: join(dir, 'cop.yaml'), outDir: undefined, kinds: documentKinds, formats: undefined, templates: templateSets(dir), packs: [], cwd: dir };
    const hash = (build?: string) => inputsHash({ ...request, build }, join(dir, 'docs'), readFileSync(request.copPath), []);
    // The request above is the one a plain render makes: this build's hash is the one recorded.
    expect(await hash()).toBe(data.inputs!.sha256);
    // What another build wrote: other text, and the inputs hash as that build computes it.
    const older = 'Another build wrote this.\n';
    writeFileSync(join(dir, 'docs/charter.md'), older);
    data.files['charter.md'] = createHash('sha256').update(older).digest('hex');
    data.inputs!.sha256 = await hash('another-build');
    expect(data.inputs!.sha256).not.toBe(await hash());
    writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
    const again = await runIn(dir, ['render']);
    expect(again.code).toBe(0);
    expect(last(again.stderr)).toMatch(/^docs: 1 updated, \d+ unchanged$/);
    expect(readFileSync(join(dir, 'docs/charter.md'), 'utf8')).not.toBe(older);
    expect(manifest(dir).inputs!.sha256).toBe(await hash());
  });

  it('another --format is not taken for unchanged', async () => {
    const dir = join(examples(), 'assessment-practice-network');
    expect((await runIn(dir, ['render', '--force'])).code).toBe(0);
    const withCalendar = await runIn(dir, ['render', '--format', 'md,ics']);
    expect(withCalendar.code).toBe(0);
    expect(withCalendar.stderr).toMatch(/create +docs\/community\.ics/);
    expect(last((await runIn(dir, ['render', '--format', 'md,ics'])).stderr)).toMatch(/^docs: \d+ unchanged$/);
    // Back to the design's own formats (Markdown alone): the calendar goes again.
    expect((await runIn(dir, ['render'])).stderr).toMatch(/remove +docs\/community\.ics/);
  });

  it('a hand edit, a changed pack file or a changed cop.yaml is not taken for unchanged', async () => {
    const root = examples();
    const dir = join(root, 'secretaires-de-mairie');
    expect((await runIn(dir, ['render'])).code).toBe(0);

    writeFileSync(join(dir, 'docs/README.md'), 'edited\n');
    const edited = await runIn(dir, ['render']);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain('edited by hand');
    expect((await runIn(dir, ['render', '--force'])).code).toBe(0);

    const header = join(root, 'packs/atelier-praxis/partials/header.hbs');
    writeFileSync(header, `${readFileSync(header, 'utf8')}<!-- v2 -->\n`);
    const pack = await runIn(dir, ['render']);
    expect(pack.code).toBe(0);
    expect(last(pack.stderr)).toMatch(/^docs: \d+ updated/);
    expect(readFileSync(join(dir, 'docs/charter.md'), 'utf8')).toContain('<!-- v2 -->');

    const cop = join(dir, 'cop.yaml');
    writeFileSync(cop, `${readFileSync(cop, 'utf8')}# a comment changes no document\n`);
    const before = manifest(dir).inputs!.sha256;
    const comment = await runIn(dir, ['render']);
    expect(last(comment.stderr)).toMatch(/^docs: \d+ unchanged with pack atelier-praxis 2\.3\.0$/);
    expect(manifest(dir).inputs!.sha256).not.toBe(before);
    writeFileSync(cop, readFileSync(cop, 'utf8').replace(/communityName: .*/, 'communityName: Autre réseau'));
    expect(last((await runIn(dir, ['render'])).stderr)).toMatch(/^docs: \d+ updated/);
  });
});
