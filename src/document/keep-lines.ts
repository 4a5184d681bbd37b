/**
 * The yaml library re-prints a whole document when it saves: it keeps comments and values but
 * normalises some spacing (the gap before a trailing comment, padding inside `{ }` and `[ ]`).
 * To keep a save's diff down to what really changed, every printed line that differs from an
 * original line only in that spacing is put back exactly as it was written.
 */

/** The spacing the printer normalises, and nothing else. */
function spacingKey(line: string): string {
  return line
    .replace(/([[{])\s+/g, '$1')
    .replace(/\s+([\]}])/g, '$1')
    .replace(/\s+#/g, ' #')
    .trimEnd();
}

/** Lines of `updated`, with unchanged ones restored from `original`. */
export function keepOriginalLines(original: string, updated: string): string {
  const before = original.split('\n');
  const after = updated.split('\n');
  const pairs = matchLines(before.map(spacingKey), after.map(spacingKey));
  return after.map((line, i) => {
    const j = pairs.get(i);
    return j === undefined ? line : before[j]!;
  }).join('\n');
}

/**
 * Myers' diff over the two key sequences: which line of `b` matches which line of `a`. It runs in
 * time proportional to the size of the change, so large files with small edits stay fast.
 */
function matchLines(a: string[], b: string[]): Map<number, number> {
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
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) { found = true; break; }
    }
  }
  // Walk back through the recorded frontiers to collect the matched (diagonal) lines.
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
      x--; y--;
    }
    if (d > 0) { x = prevX; y = prevY; }
  }
  return pairs;
}
