/**
 * The last step of every render: turn what the templates produced into tidy Markdown that
 * markdownlint accepts with its default rules. Templates write each paragraph or list item on one
 * line; here long lines are wrapped at 80 columns, blank-line runs collapse to one, trailing
 * spaces go, and the file ends with exactly one line feed. Tables, headings, code blocks and HTML
 * comments are left as they are (a table row cannot be wrapped).
 */

export const LINE_WIDTH = 80;

/** A word that would turn into block syntax if a wrapped line began with it. */
const RISKY_AT_LINE_START = /^(?:[-+*=_]+|#.*|>.*|\d{1,9}[.)]|`{3,}.*|~{3,}.*|<.*|\|.*)$/;

/**
 * Punctuation that French (and some other languages) writes after a space: it stays with the
 * word before it, as an opening guillemet stays with the word after it (template packs in those
 * languages are wrapped like a typesetter would).
 */
const CLOSING_PUNCTUATION = /^[:;!?»]+[.,]?$/;

/** Where the text of a line begins and what its wrapped continuation lines start with. */
function prefixOf(line: string): { first: string; rest: string; text: string } | undefined {
  const list = /^(\s*)([-*+] \[[ xX]\] |[-*+] |\d{1,9}[.)] )/.exec(line);
  if (list) {
    const marker = list[2]!.startsWith('- [') || list[2]!.startsWith('* [') || list[2]!.startsWith('+ [') ? list[2]!.slice(0, 2) : list[2]!;
    return { first: list[0], rest: list[1]! + ' '.repeat(marker.length), text: line.slice(list[0].length) };
  }
  const quote = /^(\s*> ?)/.exec(line);
  if (quote) return { first: quote[1]!, rest: quote[1]!, text: line.slice(quote[1]!.length) };
  const indent = /^(\s*)/.exec(line)![1]!;
  return { first: indent, rest: indent, text: line.slice(indent.length) };
}

/** Backticks that open or close a code span (an escaped one does neither). */
function ticks(word: string): number {
  return (word.match(/(?<!\\)`/g) ?? []).length;
}

/**
 * Words, each ready to start a line: a word that must not start a line is glued to the one
 * before it, and a code span stays on one line.
 */
function units(text: string): string[] {
  const out: string[] = [];
  let inCode = false;
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const glue = inCode || RISKY_AT_LINE_START.test(word) || CLOSING_PUNCTUATION.test(word) || /(?:^| )«$/.test(out[out.length - 1] ?? '');
    if (out.length > 0 && glue) out[out.length - 1] += ` ${word}`;
    else out.push(word);
    if (ticks(word) % 2 === 1) inCode = !inCode;
  }
  return out;
}

/** Wrap one paragraph or list-item line at LINE_WIDTH columns, on spaces only. */
export function wrapLine(line: string, width = LINE_WIDTH): string[] {
  if (line.length <= width) return [line];
  const prefix = prefixOf(line)!;
  const lines: string[] = [];
  let current = prefix.first;
  let empty = true;
  for (const unit of units(prefix.text)) {
    if (!empty && current.length + 1 + unit.length > width) {
      lines.push(current);
      current = prefix.rest + unit;
    } else {
      current += (empty ? '' : ' ') + unit;
    }
    empty = false;
  }
  lines.push(current);
  return lines;
}

type Skip = 'fence' | 'comment' | undefined;

/** Tidy a whole rendered document (see the module comment). */
export function layoutMarkdown(text: string): string {
  const out: string[] = [];
  let skip: Skip;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(/[ \t]+$/, '');
    if (skip === 'fence') {
      out.push(line);
      if (/^\s*(`{3,}|~{3,})\s*$/.test(line)) skip = undefined;
      continue;
    }
    if (skip === 'comment') {
      out.push(line);
      if (line.includes('-->')) skip = undefined;
      continue;
    }
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (/^\s*(`{3,}|~{3,})/.test(line)) {
      skip = 'fence';
      out.push(line);
    } else if (/^\s*<!--/.test(line)) {
      if (!line.includes('-->')) skip = 'comment';
      out.push(line);
    } else if (/^\s*(#|\|)/.test(line)) {
      out.push(line);
    } else {
      out.push(...wrapLine(line));
    }
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
