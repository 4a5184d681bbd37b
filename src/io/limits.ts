/**
 * What copkit accepts from files it did not write, checked before any parser or compiler sees
 * them. Real files are far below every figure (the example cop.yaml is 8 KB, 9 levels deep, a few
 * hundred YAML tokens; a built-in template nests 4 blocks deep), while input past them is what
 * makes a parser slow or crashes it: yaml's composer and Handlebars' compiler are recursive, and
 * their cost grows much faster than the input. Each limit is answered in one line naming the file
 * and the limit. The README ("Limits") lists these values; keep the two in step.
 */

export interface FileLimits {
  /** What the file is, for the message: "a design file", "a template". */
  kind: string;
  maxBytes: number;
  /** Nesting: YAML collections, or Handlebars blocks. */
  maxDepth: number;
  /** YAML tokens, or Handlebars tags. */
  maxNodes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

export const LIMITS = {
  /** cop.yaml, and any design given to `render` or `--file`. */
  design: { kind: 'a design file', maxBytes: 1 * MiB, maxDepth: 64, maxNodes: 200_000 },
  /** `--answers FILE`, shaped like cop.yaml. */
  answers: { kind: 'an answers file', maxBytes: 1 * MiB, maxDepth: 64, maxNodes: 200_000 },
  /** A template pack's pack.yaml. */
  pack: { kind: 'a pack.yaml', maxBytes: 256 * KiB, maxDepth: 16, maxNodes: 50_000 },
  /** A user settings file (kept here so that every untrusted YAML file has its row). */
  settings: { kind: 'a settings file', maxBytes: 64 * KiB, maxDepth: 16, maxNodes: 10_000 },
  /** One template or partial of a pack. */
  template: { kind: 'a template', maxBytes: 256 * KiB, maxDepth: 100, maxNodes: 20_000 },
} as const satisfies Record<string, FileLimits>;

/**
 * Tags a template reaches through its partials, each use counted (a partial used ten times counts
 * ten times): partials that each include the next several times grow exponentially in size.
 */
export const MAX_EXPANDED_TAGS = 200_000;

/** The render manifest (`.copkit-manifest.json`), which copkit writes but a user can edit. */
export const MANIFEST_LIMITS = { maxBytes: 4 * MiB, maxEntries: 10_000 } as const;

/** How a byte count reads in a message: "1 MiB", "256 KiB", "900 bytes". */
export function byteSize(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= KiB && bytes % KiB === 0) return `${bytes / KiB} KiB`;
  return `${bytes} bytes`;
}
