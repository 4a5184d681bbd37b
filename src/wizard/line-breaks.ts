/**
 * Multi-line answers typed on one line. A prompt line cannot hold a line break, so in a `text`
 * answer a backslash stands for one (`First line \ second line`), and `\\` for a backslash.
 * Existing multi-line answers are shown the same way, so Tab can put them on the line for editing.
 */
const HOLD = '\u0000';

/** The one-line form of a text answer. */
export function toOneLine(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .split('\n')
    .map((line) => line.trim())
    .join(' \\ ');
}

/** The text a one-line answer stands for. */
export function fromOneLine(line: string): string {
  return line
    .replace(/\\\\/g, HOLD)
    .split('\\')
    .map((part) => part.trim())
    .join('\n')
    .replace(new RegExp(HOLD, 'g'), '\\')
    .trim();
}
