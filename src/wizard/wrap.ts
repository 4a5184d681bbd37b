/** Word-wrap text for the terminal, keeping the line breaks it already has. */
export function wrap(text: string, width: number, indent = ''): string {
  const room = Math.max(20, width - indent.length);
  return text
    .split('\n')
    .map((line) =>
      wrapLine(line, room)
        .map((part) => indent + part)
        .join('\n'),
    )
    .join('\n');
}

function wrapLine(line: string, room: number): string[] {
  if (line.length <= room) return [line];
  const lead = /^\s*/.exec(line)![0];
  const out: string[] = [];
  let current = '';
  for (const word of line.trim().split(/\s+/)) {
    if (current && current.length + 1 + word.length > room) {
      out.push(current);
      current = lead + word;
    } else {
      current = current ? `${current} ${word}` : lead + word;
    }
  }
  if (current) out.push(current);
  return out;
}

/** One line of at most `max` characters, for lists and summaries. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
