/**
 * What people read names answers by their labels, never by field paths or camelCase values
 * (issue 11): the documents of every example and of a sparse design, and `copkit status`.
 * `--json` keeps paths, and is not scanned.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn } from './helpers/in-process.js';
import { copyExample, tempDir } from './helpers/tmp.js';
import { SETUP_DONE } from './helpers/wizard.js';

const SECTIONS = 'setup|inquire|design|prototype|launch|grow|sustain|review';
const FIELD_PATH = new RegExp(`\\b(${SECTIONS})\\.[a-z]+[A-Z]\\w*|\\b(${SECTIONS})\\.[a-z]+\\[\\d`, 'g');
const CAMEL = /\b[a-z]+[A-Z][a-zA-Z]*\b/g;

/** The text a person reads: without the generated-by comment, Mermaid blocks (their syntax is camelCase) and links. */
function readable(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/```mermaid[\s\S]*?```/g, '')
    .replace(/\]\([^)]*\)/g, ']');
}

function leaks(text: string): string[] {
  // Temporary folders have random names; they are the test's, not the words of a document.
  text = text.replace(/\S*copkit-test-\w+\S*/g, '');
  return [...new Set([...(text.match(FIELD_PATH) ?? []), ...(text.match(CAMEL) ?? [])])];
}

function markdownUnder(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownUnder(path));
    else if (name.endsWith('.md')) out.push([path, readFileSync(path, 'utf8')]);
  }
  return out;
}

const SPARSE = `${SETUP_DONE}inquire:
  domain: Wound care across six hospitals
  goals:
    - id: G1
      statement: Fewer pressure injuries
design:
  roles:
    - { id: R1, roleKey: coordinator, title: Lead educator, holder: TBD }
  budget:
    - { category: participantSupport, amount: 9600, currency: GBP }
prototype:
  pilotParticipants:
    - { name: Ana }
progress:
  inquire: { status: complete }
`;

describe('plain words in what people read', () => {
  const designs: [string, () => string][] = [
    ['field-service-technicians', () => copyExample('field-service-technicians')],
    ['assessment-practice-network', () => copyExample('assessment-practice-network')],
    [
      'a sparse design',
      () => {
        const dir = tempDir();
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'cop.yaml'), SPARSE);
        return dir;
      },
    ],
  ];

  it.each(designs)('%s: the documents and status name no field path and no camelCase value', async (_name, make) => {
    const dir = make();
    const out = tempDir();
    const render = await runIn(dir, ['render', '--out', out, '--force']);
    expect(render.code, render.stderr).toBeLessThanOrEqual(1);
    const found: string[] = [];
    for (const [path, text] of markdownUnder(out)) for (const leak of leaks(readable(text))) found.push(`${path.slice(out.length + 1)}: ${leak}`);
    const status = await runIn(dir, ['status']);
    for (const leak of leaks(status.stdout)) found.push(`status: ${leak}`);
    expect(found).toEqual([]);
  });
});
