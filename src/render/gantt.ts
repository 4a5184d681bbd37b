/**
 * Mermaid gantt lines. Mermaid reads a task line as `name :data`, where the name ends at the first
 * `:` and the data at `#` or `;`; a name that begins with a keyword (`section`, `title`, `click`,
 * `excludes`...), a `%` or a date changes the meaning of the whole line. Names from cop.yaml are
 * therefore cleaned here, and shortened so that no line passes 80 columns (markdownlint checks
 * code blocks too). The tables of the launch plan keep the full text.
 */
import { LINE_WIDTH } from './layout.js';

export interface GanttTask {
  id: string;
  name: string;
  start: string;
  /** First day after the task (Mermaid's end dates are exclusive); absent for a milestone. */
  end?: string;
}

export interface GanttSection {
  name: string;
  tasks: GanttTask[];
}

const KEYWORD_START =
  /^(?:gantt|dateformat|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|inclusiveenddates|topaxis|title|section|acctitle|accdescr|accdescription|click|call|href)\b/i;
const INDENT = '    ';

/** A name Mermaid reads as plain text. */
export function ganttText(value: string, maxLength = 60): string {
  let text = value
    .replace(/[:;#]/g, ' ')
    // Mermaid reads labels as HTML: keep angle brackets visible without making tags.
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[{}"`\\]/g, '')
    .replace(/%%/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '' || KEYWORD_START.test(text) || /^(?:%|\d{4}-\d\d-\d\d)/.test(text)) text = `- ${text}`.trim();
  if (text.length > maxLength) {
    const cut = text.slice(0, maxLength - 1);
    const space = cut.lastIndexOf(' ');
    text = `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return text;
}

/** One task line, indented for the gantt block, within LINE_WIDTH columns. */
export function ganttTaskLine(task: GanttTask): string {
  const id = task.id.replace(/[^A-Za-z0-9_-]/g, '');
  const data = task.end === undefined ? `:milestone, ${id}, ${task.start}, 0d` : `:${id}, ${task.start}, ${task.end}`;
  const room = LINE_WIDTH - INDENT.length - 1 - data.length;
  return `${INDENT}${ganttText(task.name, room)} ${data}`;
}

export function ganttSectionLine(section: GanttSection): string {
  return `${INDENT}section ${ganttText(section.name, LINE_WIDTH - INDENT.length - 8)}`;
}
