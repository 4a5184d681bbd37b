/**
 * `copkit render --format` and `render.formats`: every format goes through the same plan as the
 * Markdown (manifest, hand-edit refusal, --check, --dry-run, --force, removal of files no longer
 * made), and bad values are one clear line with where they are.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import { run } from '../../src/run.js';
import { HOSTILE, SPARSE } from '../helpers/fixtures.js';
import { copyExample, tempDir } from '../helpers/tmp.js';

async function copkit(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const deps: Deps = {
    cwd,
    env: {},
    stdin: process.stdin,
    today: () => '2026-11-26',
    stdout: {
      write: (t: string) => {
        stdout += t;
        return true;
      },
    },
    stderr: {
      write: (t: string) => {
        stderr += t;
        return true;
      },
    },
  };
  return { code: await run(args, deps), stdout, stderr };
}

/** The field-service example without its committed docs and with Markdown alone in cop.yaml. */
function example(): string {
  const dir = copyExample('field-service-technicians');
  const yaml = readFileSync(join(dir, 'cop.yaml'), 'utf8').replace('  formats: [md, html, docx, ics]\n', '');
  writeFileSync(join(dir, 'cop.yaml'), yaml);
  return dir;
}

const manifestFiles = (dir: string) => Object.keys(JSON.parse(readFileSync(join(dir, '.copkit-manifest.json'), 'utf8')).files as object);

// Rendering every format of a whole example takes a few seconds of CPU; on a shared machine far more.
describe('render --format', { timeout: 240_000 }, () => {
  it('writes each asked-for format beside the Markdown, records every file in the manifest, and a second run changes nothing', async () => {
    const dir = example();
    const out = join(dir, 'out');
    const first = await copkit(dir, ['render', '--out', 'out', '--format', 'md,html', '--format', 'docx,ics']);
    expect(first.code, first.stderr).toBe(0);
    for (const path of ['charter.md', 'html/charter.html', 'html/index.html', 'html/roles/R1-community-coordinator.html', 'docx/charter.docx', 'docx/index.docx', 'community.ics']) {
      expect(manifestFiles(out)).toContain(path);
      expect(existsSync(join(out, path)), path).toBe(true);
    }
    const again = await copkit(dir, ['render', '--out', 'out', '--format', 'md,html,docx,ics', '--check']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/: \d+ unchanged; nothing was written \(preview\)/);
  });

  it('gives the same bytes for the same design, rendered anywhere and in any time zone', async () => {
    const a = example();
    const b = example();
    await copkit(a, ['render', '--out', 'out', '--format', 'docx,ics,html']);
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      await copkit(b, ['render', '--out', 'out', '--format', 'docx,ics,html']);
    } finally {
      delete process.env.TZ;
    }
    const files = readdirSync(join(a, 'out'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(docx|ics|html)$/.test(f));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(readFileSync(join(b, 'out', file)).equals(readFileSync(join(a, 'out', file))), file).toBe(true);
  });

  it('refuses to overwrite a Word file edited by hand, writes nothing, and --force overwrites it', async () => {
    const dir = example();
    await copkit(dir, ['render', '--out', 'out', '--format', 'md,docx']);
    const docx = join(dir, 'out/docx/charter.docx');
    writeFileSync(docx, 'edited in Word');
    const refused = await copkit(dir, ['render', '--out', 'out', '--format', 'md,docx,html']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('conflict   out/docx/charter.docx  (edited by hand since copkit wrote it)');
    expect(existsSync(join(dir, 'out/html'))).toBe(false);
    const forced = await copkit(dir, ['render', '--out', 'out', '--format', 'md,docx', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('removes the files of a format no longer asked for, and --dry-run only says so', async () => {
    const dir = example();
    await copkit(dir, ['render', '--out', 'out', '--format', 'md,html']);
    const preview = await copkit(dir, ['render', '--out', 'out', '--dry-run']);
    expect(preview.stderr).toContain('remove     out/html/charter.html');
    expect(existsSync(join(dir, 'out/html/charter.html'))).toBe(true);
    await copkit(dir, ['render', '--out', 'out']);
    expect(existsSync(join(dir, 'out/html'))).toBe(false);
    expect(manifestFiles(join(dir, 'out')).some((p) => p.startsWith('html/'))).toBe(false);
  });

  it('--only limits every format to the documents named', async () => {
    const dir = example();
    const result = await copkit(dir, ['render', '--out', 'out', '--only', 'charter', '--format', 'html,docx,ics']);
    expect(result.code, result.stderr).toBe(0);
    expect(manifestFiles(join(dir, 'out')).sort()).toEqual(['docx/charter.docx', 'html/charter.html']);
  });

  it('an unknown format is a usage error that names the choices', async () => {
    const result = await copkit(example(), ['render', '--format', 'html,pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown format "pdf" for --format; choose from md, html, docx, ics');
  });
});

describe('render.formats and setup.timeZone in cop.yaml', () => {
  it('render.formats chooses the formats; a wrong name is an error at its line and column, and nothing is written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), `${SPARSE}render:\n  formats: [md, pdf]\n`);
    const render = await copkit(dir, ['render']);
    expect(render.code).toBe(1);
    expect(existsSync(join(dir, 'docs'))).toBe(false);
    const check = await copkit(dir, ['check']);
    expect(check.stdout + check.stderr).toMatch(/cop\.yaml:8:17 +error +Render settings, formats, entry 2: "pdf" is not an allowed value; use one of: md, html, docx, ics/);
    writeFileSync(join(dir, 'cop.yaml'), `${SPARSE}render:\n  formats: [html]\n`);
    expect((await copkit(dir, ['render'])).code).toBe(0);
    expect(readdirSync(join(dir, 'docs'))).toEqual(['.copkit-manifest.json', 'html']);
  });

  it('a time zone that is not an IANA name is an error with a suggestion', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), SPARSE.replace('  communityName: Copier Tips\n', '  communityName: Copier Tips\n  timeZone: Europe/Pari\n'));
    const check = await copkit(dir, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/cop\.yaml:5:13 +error +Setup: time zone: "Europe\/Pari" is not a time zone name; did you mean Europe\/Paris\?/);
  });
});

describe("a pack's style sheet", () => {
  it("comes after copkit's own in every page; a stylesheet outside the pack is an error at its line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), `${SPARSE}render:\n  templates: house\n  formats: [html]\n`);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'house'));
    writeFileSync(join(dir, 'house/pack.yaml'), 'name: house\nversion: "1.0.0"\ndescription: House style\nstylesheet: house.css\n');
    writeFileSync(join(dir, 'house/house.css'), 'h1 { color: #8b0000; }\n');
    const result = await copkit(dir, ['render']);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(dir, 'docs/html/charter.html'), 'utf8');
    expect(html.indexOf('h1 { color: #8b0000; }')).toBeGreaterThan(html.indexOf('@media print'));
    writeFileSync(join(dir, 'house/pack.yaml'), 'name: house\nversion: "1.0.0"\ndescription: House style\nstylesheet: ../house.css\n');
    const bad = await copkit(dir, ['render']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/house\/pack\.yaml:4:13 +error +stylesheet must name a \.css file inside the pack folder/);
  });
});

describe('HTML escaping', () => {
  it('answers written to break Markdown and HTML show as text in the pages', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cop.yaml'), HOSTILE);
    const result = await copkit(dir, ['render', '--format', 'html']);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(join(dir, 'docs/html/charter.html'), 'utf8');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
