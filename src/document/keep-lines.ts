/**
 * The yaml library re-prints a whole document when it saves: it keeps comments and values but
 * normalises some layout (the gap before a trailing comment, padding inside `{ }` and `[ ]`, and
 * it joins the lines of a folded `>` or multi-line value into one). To keep a save's diff down to
 * what really changed, every printed value that differs from the original only in that layout is
 * put back exactly as it was written. The caller checks that the result still means the same.
 */

/** A value as written: its first line and its continuation lines. */
export interface Unit {
  lines: string[];
  key: string;
}

const BLOCK_SCALAR_HEADER = /(?:^|[:-])\s*[>|][+-]?\d*\s*(?:#.*)?$/;
const STARTS_ENTRY = /^\s*(?:#|- |-$|[^\s#][^:]*:(?:\s|$))/;

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

/** What layoutKey's replacements act on; a line without any of it is its own key once trimmed. */
const NORMALISED = /[[\]{}#]|\s\s|[^\S ]/;

/** The layout the printer normalises, and nothing else. */
function layoutKey(lines: string[]): string {
  // Most lines of a design are one plain `key: value` line: the replacements below would leave
  // it as it is, and running them on every line was a large part of each autosave (issue 14).
  if (lines.length === 1) {
    const line = lines[0]!.trim();
    if (!NORMALISED.test(line)) return line;
  }
  return lines
    .map((line) => line.trim())
    .join(' ')
    .replace(/([[{])\s+/g, '$1')
    .replace(/\s+([\]}])/g, '$1')
    .replace(/\s+#/g, ' #')
    .replace(/\s+/g, ' ');
}

/** Group lines into units: a line with its block scalar body or its continuation lines. */
export function units(text: string): Unit[] {
  const lines = text.split('\n');
  const out: Unit[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    const indent = indentOf(first);
    const block = BLOCK_SCALAR_HEADER.test(first);
    const group = [first];
    i++;
    if (first.trim() !== '' && !first.trim().startsWith('#')) {
      while (i < lines.length) {
        const next = lines[i]!;
        const continues = block ? next.trim() === '' || indentOf(next) > indent : next.trim() !== '' && indentOf(next) > indent && !STARTS_ENTRY.test(next);
        if (!continues) break;
        group.push(next);
        i++;
      }
      // Blank lines that end a block scalar belong to what follows, not to the scalar.
      while (block && group.length > 1 && group[group.length - 1]!.trim() === '') {
        group.pop();
        i--;
      }
    }
    // The printer re-indents comments to their node; where a comment sat is layout too.
    const comment = first.trim().startsWith('#');
    out.push({ lines: group, key: `${comment ? '#' : indent}|${layoutKey(group)}` });
  }
  return out;
}

/**
 * Whether a unit whose first line is `b`, put where one starting with `a` was, is grouped with
 * the lines around it as that one was: same indentation, both or neither a block scalar header
 * (which takes the more indented lines after it), both or neither the start of an entry.
 */
export function startsAlike(a: string, b: string): boolean {
  const comment = (line: string) => line.trim().startsWith('#');
  const blank = (line: string) => line.trim() === '';
  return (
    indentOf(a) === indentOf(b) && BLOCK_SCALAR_HEADER.test(a) === BLOCK_SCALAR_HEADER.test(b) && STARTS_ENTRY.test(a) === STARTS_ENTRY.test(b) && comment(a) === comment(b) && blank(a) === blank(b)
  );
}

/** `updated`, with every unit whose layout alone changed restored from `original`. */
export function keepOriginalLines(original: string, updated: string): string {
  return restoreOriginalLines(original, updated).text;
}

/** A unit put back: its lines as printed and as originally written (which differ), and whether it is a comment. */
export interface Restored {
  printed: string[];
  original: string[];
  comment: boolean;
}

/** The same, with the units whose text was put back (those whose text differs), in order. */
export function restoreOriginalLines(original: string, updated: string): { text: string; restored: Restored[]; printedKeys: string[] } {
  const before = units(original);
  const after = units(updated);
  const pairs = matchUnits(
    before.map((u) => u.key),
    after.map((u) => u.key),
  );
  const restored: Restored[] = [];
  const text = after
    .flatMap((unit, i) => {
      const j = pairs.get(i);
      if (j === undefined) return unit.lines;
      const old = before[j]!;
      if (!sameLines(old.lines, unit.lines)) restored.push({ printed: unit.lines, original: old.lines, comment: unit.key.startsWith('#') });
      return old.lines;
    })
    .join('\n');
  return { text, restored, printedKeys: after.map((unit) => unit.key) };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/**
 * Myers' diff over the two key sequences: which unit of `b` matches which unit of `a`. It runs in
 * time proportional to the size of the change, so large files with small edits stay fast.
 */
function matchUnits(a: string[], b: string[]): Map<number, number> {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the recorded frontiers to collect the matched (diagonal) units.
  const pairs = new Map<number, number>();
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const frontier = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : frontier[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > Math.max(prevX, 0) && y > Math.max(prevY, 0) && a[x - 1] === b[y - 1]) {
      pairs.set(y - 1, x - 1);
      x--;
      y--;
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  return pairs;
}
