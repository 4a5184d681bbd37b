import { describe, expect, it } from 'vitest';
import { addDays, weekEnd, weekStart } from '../../src/model/dates.js';
import { block, cell, heading, inline, slug } from '../../src/render/escape.js';
import { ganttTaskLine, ganttText } from '../../src/render/gantt.js';
import { layoutMarkdown, wrapLine } from '../../src/render/layout.js';
import { phaseViews } from '../../src/render/context/phases.js';
import { fcSeed } from '../helpers/fc-seed.js';

describe('escaping answers for Markdown', () => {
  it.each([
    ['*not bold* _nor italic_', '\\*not bold\\* \\_nor italic\\_'],
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['{{name}} and {{> partial}}', '{{name}} and {{\\> partial}}'],
    ['`code` ~~gone~~ $1-$2', '\\`code\\` \\~\\~gone\\~\\~ \\$1-\\$2'],
    ['R&D &amp; &#38;', 'R&D \\&amp; \\&#38;'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['2026) year', '2026\\) year'],
    ['---', '\\---'],
    ['4.3 stays', '4.3 stays'],
    ['-5 degrees', '-5 degrees'],
    ['#hashtag', '\\#hashtag'],
    ['a #hashtag', 'a #hashtag'],
    ['two\nlines', 'two lines'],
    ['see https://example.com/a_b.', 'see <https://example.com/a_b>.'],
    ['mail a.b@example.org', 'mail <a.b@example.org>'],
    ['www.example.net', 'www\\.example.net'],
    ['日本語のテキスト', '日本語のテキスト'],
  ])('inline(%j) is %j', (input, output) => {
    expect(inline(input)).toBe(output);
  });

  it('keeps table cells in their column and marks an empty one', () => {
    expect(cell('a | b\nc')).toBe('a \\| b<br>c');
    expect(cell('1. first')).toBe('1. first');
    expect(cell('-3')).toBe('-3');
    expect(cell(null)).toBe('—');
    expect(cell('  ')).toBe('—');
    expect(cell(7.5)).toBe('7.5');
    expect(cell(['G1', 'G2'])).toBe('G1, G2');
  });

  it('turns multi-line text into literal paragraphs with its line breaks', () => {
    expect(block('First line\n# second\n\n\nNew paragraph')).toBe('First line\\\n\\# second\n\nNew paragraph');
  });

  it('drops trailing punctuation from headings only', () => {
    expect(heading('Clinic host.')).toBe('Clinic host');
    expect(heading('Why? Because:')).toBe('Why? Because');
  });

  it('makes ASCII file names that cannot leave a folder', () => {
    expect(slug('Co-coordinator (organisation and reporting)', 'x')).toBe('co-coordinator-organisation-and-reporting');
    expect(slug('Tomás Agüilar', 'x')).toBe('tomas-aguilar');
    expect(slug('../../etc/passwd', 'x')).toBe('etc-passwd');
    expect(slug('協調者', 'coordinator')).toBe('coordinator');
    expect(slug('', 'role')).toBe('role');
    expect(slug('a'.repeat(100), 'x')).toHaveLength(60);
  });
});

describe('laying out Markdown', () => {
  it('wraps long lines at 80 columns, with list continuation indented', () => {
    const long = `- ${'word '.repeat(30).trim()}`;
    const lines = wrapLine(long);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('  word'))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(long);
  });

  it('never starts a wrapped line with something Markdown would read as a block', () => {
    for (const risky of ['-', '+', '#', '>', '1.', '===', '```']) {
      const line = `${'a'.repeat(75)} ${risky} tail`;
      for (const wrapped of wrapLine(line).slice(1)) expect(wrapped.startsWith(risky)).toBe(false);
    }
  });

  it('keeps French punctuation written after a space, and guillemets, with their words', () => {
    for (const mark of [':', ';', '!', '?', '»']) {
      const line = `${'a'.repeat(79)} ${mark} tail`;
      expect(wrapLine(line)).toEqual([`${'a'.repeat(79)} ${mark}`, 'tail']);
    }
    expect(wrapLine(`${'a'.repeat(70)} word « quoted words »`)).toEqual([`${'a'.repeat(70)} word`, '« quoted words »']);
  });

  it('keeps a code span on one line', () => {
    const lines = wrapLine(`${'x '.repeat(36)}run \`copkit stage design\` now`);
    expect(lines.some((l) => l.includes('`copkit stage design`'))).toBe(true);
  });

  it('leaves tables, headings, code and comments alone and tidies blank lines and the end', () => {
    const row = `| ${'cell '.repeat(30)}|`;
    const code = `    ${'code '.repeat(30)}`;
    const text = `<!-- ${'c '.repeat(50)}-->\n\n\n# ${'h '.repeat(50)}\n${row}  \n\`\`\`\n${code}\n\n\n\`\`\`\n\n\n`;
    expect(layoutMarkdown(text)).toBe(`<!-- ${'c '.repeat(50)}-->\n\n# ${'h '.repeat(49)}h\n| ${'cell '.repeat(29)}cell |\n\`\`\`\n${code.trimEnd()}\n\n\n\`\`\`\n`);
  });
});

describe('launch-plan dates', () => {
  it('counts weeks from the launch date in UTC, across month and year ends', () => {
    expect(weekStart('2026-06-15', -14)).toBe('2026-03-09');
    expect(weekEnd('2026-06-15', 3)).toBe('2026-07-12');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 7)).toBe('2026-04-05'); // a DST change in Europe
  });

  it('gives the default phases their week ranges', () => {
    const phases = phaseViews({ launchDate: '2026-06-15', pilotStart: null, pilotEnd: null });
    expect(phases.map((p) => [p.id, p.fromWeek, p.toWeek, p.from, p.to])).toEqual([
      ['P0', -14, -11, '2026-03-09', '2026-04-05'],
      ['P1', -10, -3, '2026-04-06', '2026-05-31'],
      ['P2', -2, -1, '2026-06-01', '2026-06-14'],
      ['P3', 0, 3, '2026-06-15', '2026-07-12'],
      ['P4', 4, 15, '2026-07-13', '2026-10-04'],
      ['P5', 16, 25, '2026-10-05', '2026-12-13'],
    ]);
  });

  it('takes the pilot from its own dates and fits readiness and pre-launch around it', () => {
    const phases = phaseViews({ launchDate: '2026-06-15', pilotStart: '2026-03-16', pilotEnd: '2026-05-22' });
    expect(phases.slice(0, 3).map((p) => [p.id, p.from, p.to])).toEqual([
      ['P0', '2026-02-16', '2026-03-15'],
      ['P1', '2026-03-16', '2026-05-22'],
      ['P2', '2026-05-23', '2026-06-14'],
    ]);
    const noLaunch = phaseViews({ launchDate: null, pilotStart: '2026-03-16', pilotEnd: '2026-05-22' });
    expect(noLaunch.map((p) => p.from)).toEqual(['2026-02-16', '2026-03-16', null, null, null, null]);
  });
});

describe('gantt labels', () => {
  it.each([
    ['Wave 1: North; #2', 'Wave 1 North 2'],
    ['section two', '- section two'],
    ['Title', '- Title'],
    ['2026-01-01 start', '- 2026-01-01 start'],
    ['%% comment', '- % comment'],
    ['<b>bold</b> "quoted" {x}', '‹b›bold‹/b› quoted x'],
    ['', '-'],
  ])('ganttText(%j) is %j', (input, output) => {
    expect(ganttText(input)).toBe(output);
  });

  it('fits a task line in 80 columns', () => {
    const line = ganttTaskLine({ id: 'w1', name: 'A rather long wave name that would never fit on one line of the chart', start: '2026-06-15', end: '2026-07-13' });
    expect(line.length).toBeLessThanOrEqual(80);
    expect(line).toMatch(/^ {4}A rather long wave name that.*… :w1, 2026-06-15, 2026-07-13$/);
    expect(ganttTaskLine({ id: 'k1', name: 'Kickoff', start: '2026-06-16' })).toBe('    Kickoff :milestone, k1, 2026-06-16, 0d');
  });
});

describe('escaping, for any text', () => {
  it('never lets a cell gain a column or a line, nor an inline value start a block', async () => {
    const fc = (await import('fast-check')).default;
    const text = fc.string({ unit: fc.constantFrom('|', '\n', '\r', '\\', '*', '#', '-', '1', '.', '<', '>', '`', ' ', 'a', 'é', '語', '{', '}'), maxLength: 40 });
    fc.assert(
      fc.property(text, (value) => {
        const c = cell(value);
        expect(c).not.toMatch(/[\r\n]/);
        expect(c.replace(/\\\\/g, '').replace(/\\\|/g, '')).not.toContain('|');
        const i = inline(value);
        expect(i).not.toMatch(/[\r\n]/);
        expect(i).not.toMatch(/^(?:[-+*](?:\s|$)|[>#]|\d+[.)](?:\s|$)|=+$|-+$)/);
      }),
      { numRuns: 500, seed: fcSeed },
    );
  });
});
