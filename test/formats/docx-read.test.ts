/**
 * The committed Word files of the examples, read back by an independent reader (mammoth) and
 * looked at in their XML: headings in Word's heading styles, real tables, the version table, the
 * endorsement table's signature lines and the timeline image.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

const docs = join(repoRoot, 'examples/field-service-technicians/docs');
const file = (path: string) => readFileSync(join(docs, path));

async function xmlOf(path: string, part = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(file(path))).file(part)!.async('string');
}

describe('Word files read back by mammoth', () => {
  it('the charter keeps its headings, in order, and its tables', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: file('docx/charter.docx') });
    const markdown = readFileSync(join(docs, 'charter.md'), 'utf8');
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(headings).toEqual(sections);
    expect(html).toMatch(/^<h1>The Breakfast Table \(Northwind Imaging field service\): charter<\/h1>/);
    // Every Markdown table, plus the version table under the title.
    expect((html.match(/<table>/g) ?? []).length).toBe((markdown.match(/^\| --- /gm) ?? []).length + 1);
    expect(html).toContain('<th><p><strong>Role</strong></p></th><th><p><strong>Name</strong></p></th><th><p><strong>Signature</strong></p></th>');
    expect(html).toContain('<td><p>Priya Raman</p></td>');
  });

  it('the version table lists the revisions of cop.yaml, newest first', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: file('docx/charter.docx') });
    expect(text).toMatch(/Version history\s+Revision of cop.yaml\s+Date\s+Change\s+14\s+2026-11-26\s+sustain: complete\s+13\s+2026-11-13/);
  });

  it('every role description and the launch plan are there, the plan with its timeline image', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: file('docx/launch-plan.docx') });
    expect(html).toMatch(/<img [^>]*alt="Launch plan \(its figures are also in the tables of this document\)"[^>]*src="data:image\/png;base64,/);
    const role = await mammoth.convertToHtml({ buffer: file('docx/roles/R1-community-coordinator.docx') });
    expect(role.value).toMatch(/^<h1>Community coordinator<\/h1>/);
  });

  it('the pilot report, the growth plan and the evaluation report are there, the evaluation with its participation chart', async () => {
    for (const name of ['pilot-report', 'growth-plan', 'evaluation-report']) {
      const { value } = await mammoth.convertToHtml({ buffer: file(`docx/${name}.docx`) });
      expect(value, name).toMatch(/^<h1>/);
      expect(value, name).toContain('<table>');
    }
    const { value: html } = await mammoth.convertToHtml({ buffer: file('docx/evaluation-report.docx') });
    expect(html).toMatch(/<img [^>]*alt="Members at each review \(its figures are also in the tables of this document\)"[^>]*src="data:image\/png;base64,/);
    expect(html).not.toContain('xychart-beta');
  });
});

describe('Word files in their XML', () => {
  it("headings use Word's heading styles, which the navigation pane lists", async () => {
    const xml = await xmlOf('docx/charter.docx');
    expect((xml.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBe(18);
    const styles = await xmlOf('docx/charter.docx', 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading2"><w:name w:val="Heading 2"\/>/);
    expect((xml.match(/<w:outlineLvl w:val="1"\/>/g) ?? []).length).toBe(18);
  });

  it('the endorsement table gives each empty cell a line to sign on and room to sign', async () => {
    const xml = await xmlOf('docx/charter.docx');
    const endorsement = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(endorsement).toContain('Signature');
    expect(endorsement).toMatch(/<w:trHeight w:val="720" w:hRule="atLeast"\/>/);
    expect(endorsement).toMatch(/<w:bottom w:val="single" w:color="24292F" w:sz="12"\/>/);
  });

  it('the package has fixed dates and no random ids, so the same design gives the same bytes', async () => {
    const zip = await JSZip.loadAsync(file('docx/charter.docx'));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('>2026-11-26T00:00:00Z</dcterms:created>');
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).not.toMatch(/Id="rId[a-z0-9_-]{21}"/);
  });
});
