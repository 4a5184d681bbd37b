import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, parseManifest, serializeManifest, sha256 } from '../../src/render/manifest.js';
import { planRender } from '../../src/render/plan.js';
import type { DiskState, PlanInputs } from '../../src/render/plan.js';

const file = (content: string): DiskState => ({ kind: 'file', hash: sha256(content) });

function plan(overrides: Partial<Omit<PlanInputs, 'disk'>> & { disk?: Record<string, DiskState> }) {
  const { disk, ...rest } = overrides;
  return planRender({
    outputs: [{ path: 'charter.md', content: 'new\n' }],
    manifest: {},
    manifestText: undefined,
    inScope: () => true,
    force: false,
    ...rest,
    disk: new Map(Object.entries(disk ?? {})),
  });
}

const actions = (p: ReturnType<typeof plan>) => p.files.map((f) => `${f.action} ${f.path}`);

describe('the render plan', () => {
  it('creates what is missing and records it in a new manifest', () => {
    const p = plan({});
    expect(actions(p)).toEqual(['create charter.md']);
    expect(p.manifest).toMatchObject({ path: MANIFEST_NAME, action: 'create' });
    expect(JSON.parse(p.manifest.content!).files).toEqual({ 'charter.md': sha256('new\n') });
    expect(p.changes).toBe(true);
  });

  it('leaves identical files alone and updates untouched ones', () => {
    const manifest = { 'charter.md': sha256('old\n') };
    const same = plan({ manifest: { 'charter.md': sha256('new\n') }, manifestText: serializeManifest({ 'charter.md': sha256('new\n') }), disk: { 'charter.md': file('new\n') } });
    expect(actions(same)).toEqual(['unchanged charter.md']);
    expect(same.manifest.action).toBe('unchanged');
    expect(same.changes).toBe(false);
    expect(actions(plan({ manifest, manifestText: serializeManifest(manifest), disk: { 'charter.md': file('old\n') } }))).toEqual(['update charter.md']);
  });

  it('refuses a hand-edited file unless forced', () => {
    const manifest = { 'charter.md': sha256('old\n') };
    const edited = { 'charter.md': file('old, edited\n') };
    const refused = plan({ manifest, disk: edited });
    expect(refused.conflicts.map((c) => [c.path, c.reason])).toEqual([['charter.md', 'edited by hand since copkit wrote it']]);
    const forced = plan({ manifest, disk: edited, force: true });
    expect(forced.files[0]).toMatchObject({ action: 'update', reason: 'overwrites hand edits (--force)' });
    expect(forced.conflicts).toEqual([]);
  });

  it('never overwrites a file copkit did not make, even when forced; an identical one is adopted', () => {
    const stranger = plan({ disk: { 'charter.md': file('mine\n') }, force: true });
    expect(stranger.conflicts[0]?.reason).toMatch(/^not made by copkit/);
    expect(actions(plan({ disk: { 'charter.md': file('new\n') } }))).toEqual(['unchanged charter.md']);
  });

  it('refuses symbolic links and things in the way, even when forced', () => {
    expect(plan({ disk: { 'charter.md': { kind: 'symlink', at: 'charter.md' } }, force: true }).conflicts).toHaveLength(1);
    expect(plan({ disk: { 'charter.md': { kind: 'other', at: 'charter.md' } }, force: true }).conflicts).toHaveLength(1);
    expect(plan({ disk: { [MANIFEST_NAME]: { kind: 'symlink', at: MANIFEST_NAME } } }).conflicts.map((c) => c.path)).toEqual([MANIFEST_NAME]);
  });

  it('removes untouched files it no longer produces, keeps edited ones, and forgets both', () => {
    const manifest = { 'charter.md': sha256('new\n'), 'roles/R1-a.md': sha256('a\n'), 'roles/R2-b.md': sha256('b\n'), 'roles/R3-gone.md': sha256('c\n') };
    const p = plan({ manifest, disk: { 'charter.md': file('new\n'), 'roles/R1-a.md': file('a\n'), 'roles/R2-b.md': file('b, edited\n') } });
    expect(actions(p)).toEqual(['unchanged charter.md', 'remove roles/R1-a.md', 'keep roles/R2-b.md']);
    expect(Object.keys(JSON.parse(p.manifest.content!).files)).toEqual(['charter.md']);
    const forced = plan({ manifest, force: true, disk: { 'charter.md': file('new\n'), 'roles/R2-b.md': file('b, edited\n') } });
    expect(actions(forced)).toEqual(['unchanged charter.md', 'remove roles/R2-b.md']);
  });

  it('keeps the manifest entries of documents outside --only', () => {
    const manifest = { 'charter.md': sha256('new\n'), 'roles/R1-a.md': sha256('a\n') };
    const p = plan({ manifest, inScope: (path) => path === 'charter.md', disk: { 'charter.md': file('new\n'), 'roles/R1-a.md': file('a\n') } });
    expect(actions(p)).toEqual(['unchanged charter.md']);
    expect(JSON.parse(p.manifest.content!).files).toEqual(manifest);
  });

  it('writes the manifest with sorted keys and reads only what it wrote', () => {
    const text = serializeManifest({ 'b.md': 'f'.repeat(64), 'a.md': '0'.repeat(64) });
    expect(text).toBe(`{\n  "copkit": 1,\n  "generator": "copkit render",\n  "files": {\n    "a.md": "${'0'.repeat(64)}",\n    "b.md": "${'f'.repeat(64)}"\n  }\n}\n`);
    expect(parseManifest(text, 'm')).toEqual({ 'a.md': '0'.repeat(64), 'b.md': 'f'.repeat(64) });
    expect(() => parseManifest('{', 'docs/.copkit-manifest.json')).toThrow('docs/.copkit-manifest.json is not valid JSON');
    expect(() => parseManifest('{"files": {}}', 'm')).toThrow('m is not a copkit 1 manifest');
  });

  it('refuses a manifest of more than 10,000 files (finding 10)', () => {
    const files = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`roles/R${i}.md`, '0'.repeat(64)]));
    expect(() => parseManifest(JSON.stringify({ copkit: 1, files }), 'm')).toThrow('m lists 10001 files; copkit reads a manifest of at most 10000');
  });

  it('keeps a manifest entry that differs from an output only in case or accents (finding 3)', () => {
    const old = 'Charter.md';
    const p = plan({ manifest: { [old]: sha256('new\n') }, disk: { [old]: file('new\n'), 'charter.md': file('new\n') } });
    expect(actions(p)).toEqual(['unchanged charter.md', 'keep Charter.md']);
  });

  it('knows a file by its hash before an unfinished render as well as after (finding 5)', () => {
    const manifest = { 'charter.md': sha256('newer\n') };
    const p = plan({ manifest, previous: { 'charter.md': sha256('old\n'), 'gone.md': sha256('gone\n') }, disk: { 'charter.md': file('old\n'), 'gone.md': file('gone\n') } });
    expect(actions(p)).toEqual(['update charter.md', 'remove gone.md']);
    expect(JSON.parse(p.pending!)).toMatchObject({ files: { 'charter.md': sha256('new\n') }, previous: { 'charter.md': sha256('old\n'), 'gone.md': sha256('gone\n') } });
    expect(JSON.parse(p.manifest.content!).previous).toBeUndefined();
  });
});
