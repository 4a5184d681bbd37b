import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from '../helpers/in-process.js';
import { designDir, HOSTILE, SPARSE } from '../helpers/fixtures.js';

async function renderAll(yaml: string): Promise<(path: string) => string> {
  const dir = designDir(yaml);
  const result = await runIn(dir, ['render']);
  expect(result.code, result.stderr).toBe(0);
  return (path) => readFileSync(join(dir, 'docs', path), 'utf8');
}

/** The number of cells in each row of each table (unescaped pipes delimit cells). */
function tableShapes(markdown: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      current ??= tables[tables.push([]) - 1];
      current!.push(line.split(/(?<!\\)\|/).length - 2);
    } else {
      current = undefined;
    }
  }
  return tables;
}

describe('rendered content', () => {
  it('shows answers exactly as typed: no Markdown, HTML or Handlebars takes effect', async () => {
    const read = await renderAll(HOSTILE);
    const charter = read('charter.md');
    expect(charter).toContain('# Réseau \\*Ω\\* \\| {{name}} \\<script\\>alert(1)\\</script\\>: charter');
    expect(charter).toContain('- **Design facilitated by:** 王小明');
    expect(charter).toContain(['\\# Not a heading\\', '\\- not a list\\', '1\\. not ordered\\', 'Text with \\`code\\`, \\[link\\](javascript:alert(1)) and {{#each x}}{{/each}}\\'].join('\n'));
    expect(charter).toContain('See <https://example.com/a_b?c=1>. Write to <a.b@example.org> or visit');
    expect(charter).toContain('www\\.example.net');
    expect(charter).toContain('| G1 | Pipes \\| in \\| cells<br>and a line break | \\*bold\\* \\_it\\_ \\~\\~gone\\~\\~ \\$5-\\$10 \\&amp; \\<b\\>x\\</b\\> | 1. first | 2027-01-01 |');
    expect(charter).toContain('- \\- starts with a dash\n- \\# starts with a hash\n- {{\\> header}} is not a partial here\n');
    expect(charter).not.toMatch(/<script>|<b>/);
    expect(charter).toContain('## 13. Knowledge capture and sharing\n\n\\#hashtags lead this line\\\n\\> and a quote\\\n\\===\n');
    const plan = read('launch-plan.md');
    expect(plan).toContain('| -2 | 2026-06-01 | Email | All \\| everyone | Line one<br>Line two \\| with a pipe | — |');
    expect(plan).toContain('### Kickoff 1: Timeline\n');
    expect(plan).toContain('### Kickoff 2: Timeline\n');
    expect(read('roles/R3-more.md')).toContain('- **Held by:** \\#1 fan\n');
    expect(read('roles/R2-etc-passwd.md')).toContain('# ../../etc/passwd');
    expect(read('roles/R1-coordinator.md')).toContain('# 協調者');
  });

  it('keeps every table rectangular, whatever the answers hold', async () => {
    for (const yaml of [HOSTILE, SPARSE]) {
      const read = await renderAll(yaml);
      for (const file of ['charter.md', 'launch-plan.md', 'README.md', ...(yaml === HOSTILE ? ['roles/R1-coordinator.md'] : [])]) {
        for (const shape of tableShapes(read(file))) expect(new Set(shape).size, `${file}: ${shape.join(',')}`).toBe(1);
      }
    }
  });

  it('says what a draft is missing in every section, and names the command that fills it', async () => {
    const read = await renderAll(SPARSE);
    const charter = read('charter.md');
    const sections = charter.split(/^## /m).slice(1);
    expect(sections).toHaveLength(18);
    for (const section of sections) expect(section.split('\n').slice(1).join('').trim(), section.split('\n')[0]).not.toBe('');
    const notes = charter.replace(/(?<=\S)\n> /g, ' ');
    expect(notes).toContain('> **Not answered yet:** Inquire: goals. To fill in this part, run `copkit stage inquire`.');
    expect(notes).toContain('> **Not answered yet:** Design: roles. To fill in this part, run `copkit stage design`.');
    expect(notes).toContain(
      '> **Not answered yet:** Prototype: success criteria; Sustain: value indicators; Grow: health indicators. To fill in this part, run `copkit stage prototype`, `copkit stage grow` and `copkit stage sustain`.',
    );
    expect(charter).toContain('copkit found no design risks in cop.yaml');
    expect(charter).toContain('## 4. Domain and scope\n\nFixing copiers the manuals do not explain.\n');
    const plan = read('launch-plan.md');
    expect(plan).toContain('Launch: launch date');
    expect(plan).toContain('`copkit stage launch`');
    expect(plan).toContain('the timeline needs the launch date');
    expect(plan).not.toContain('launch.launchDate');
    expect(plan).not.toContain('```mermaid');
    expect(read('README.md')).toContain('| Design | Not started | 0 of 9 | — |');
  });
});
