/**
 * Files copkit did not write, or that someone broke, each with the one line copkit must answer
 * it with (as `check` prints it; every command that reads cop.yaml prints the same line).
 */
export interface HostileCase {
  name: string;
  content: string | Buffer;
  line: RegExp;
  /** Parsed fine but the schema refuses it (a wrong type, a reserved key, a date that does not exist). */
  schema?: true;
}

const deepBlockMap = `${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} x\n`;
const latin1 = Buffer.concat([Buffer.from('copkit: 1\nsetup:\n  communityName: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256));
const big = `copkit: 1\nnotes: "${'x'.repeat(2 * 1024 * 1024)}"\n`;

const SCHEMA = new Set([
  'a stage that is a list',
  'an item field of the wrong type',
  'a status that does not exist',
  'a date that does not exist',
  'a __proto__ key',
  'a constructor key',
  'a control character in an answer',
  'a question of the wrong type',
  'a list entry that is not a set of fields',
  'a revision that is not a number',
  'an enum answer of the wrong type',
]);

const table: [string, string | Buffer, RegExp][] = [
  [
    'an alias bomb',
    `copkit: 1\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`,
    /^cop\.yaml:2:7 {2}error {2}YAML anchors \(&a\) are not supported/,
  ],
  ['very deep flow nesting', `copkit: 1\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /^cop\.yaml:2:\d+ {2}error {2}the YAML is nested more than 64 levels deep/],
  ['very deep block lists', `copkit: 1\nx:\n${'- '.repeat(2000)}x\n`, /^cop\.yaml:3:\d+ {2}error {2}the YAML is nested more than 64 levels deep/],
  ['a very deep block mapping', `copkit: 1\n${deepBlockMap}`, /^cop\.yaml:\d+:\d+ {2}error {2}the YAML is nested more than 64 levels deep/],
  ['nested complex keys', `copkit: 1\n${'? '.repeat(500)}x\n`, /^cop\.yaml:2:\d+ {2}error {2}(a list or mapping is used as a key|the YAML is nested more than 64 levels deep)/],
  [
    'a duplicate key',
    'copkit: 1\nsetup:\n  communityName: A\n  communityName: B\n',
    /^cop\.yaml:4:3 {2}error {2}the key communityName appears twice in the same mapping \(first at line 3, column 3\); keep one {2}yaml$/,
  ],
  ['an explicit tag', 'copkit: 1\nsetup:\n  communityName: !!binary aGVsbG8=\n', /^cop\.yaml:3:\d+ {2}error {2}YAML tags \(!!binary\) are not supported/],
  ['several documents', 'copkit: 1\n---\ncopkit: 1\n', /^cop\.yaml:2:1 {2}error {2}the file holds more than one YAML document/],
  ['a top-level list', '- copkit: 1\n', /^cop\.yaml:1:1 {2}error {2}cop\.yaml must be a set of named fields \(key: value lines\), not a list/],
  ['a top-level scalar', 'just some words\n', /^cop\.yaml:1:1 {2}error {2}cop\.yaml must be a set of named fields \(key: value lines\), not a single value/],
  ['an empty file', '', /^cop\.yaml:1:1 {2}error {2}cop\.yaml is empty/],
  ['only comments', '# nothing yet\n', /^cop\.yaml:1:1 {2}error {2}cop\.yaml is empty/],
  ['a string format version', 'copkit: "1"\n', /^cop\.yaml:1:9 {2}error {2}copkit: must be the format version, a whole number/],
  ['a stage that is a list', 'copkit: 1\nsetup: [a, b]\n', /^cop\.yaml:2:8 {2}error {2}Setup: should be a set of named fields, not a list/],
  [
    'an item field of the wrong type',
    'copkit: 1\ninquire:\n  goals:\n    - { id: G1, byDate: [2026] }\n',
    /^cop\.yaml:4:25 {2}error {2}Inquire: goals, goal G1, by date: should be a date written YYYY-MM-DD, not a list/,
  ],
  [
    'a status that does not exist',
    'copkit: 1\nprogress:\n  inquire: { status: done }\n',
    /^cop\.yaml:3:22 {2}error {2}Progress of Inquire, status: "done" is not an allowed value; use one of: Not started \(notStarted\), /,
  ],
  ['a date that does not exist', 'copkit: 1\nlaunch:\n  launchDate: 2027-02-29\n', /^cop\.yaml:3:15 {2}error {2}Launch: launch date: 2027-02-29 is not a date that exists/],
  ['a __proto__ key', 'copkit: 1\nsetup:\n  __proto__: { polluted: true }\n', /^cop\.yaml:3:3 {2}error {2}Setup: "__proto__" is a reserved name/],
  ['a constructor key', 'copkit: 1\nconstructor: x\n', /^cop\.yaml:2:1 {2}error {2}"constructor" is a reserved name/],
  [
    'a control character in an answer',
    'copkit: 1\nsetup:\n  communityName: "Tips \\e[31m"\n',
    /^cop\.yaml:3:18 {2}error {2}Setup: community name: contains an invisible control character \(U\+001B\)/,
  ],
  [
    'a question of the wrong type',
    'copkit: 1\ninquire:\n  goals: lead\n',
    /^cop\.yaml:3:10 {2}error {2}Inquire: goals: should be a list \(one '- ' line per entry\), not "lead"; what depends on it is not checked until this is fixed {2}schema$/,
  ],
  [
    'a list entry that is not a set of fields',
    'copkit: 1\ninquire:\n  goals:\n    - just text\n',
    /^cop\.yaml:4:7 {2}error {2}Inquire: goals, entry 1: should be a set of named fields, not "just text" {2}schema$/,
  ],
  ['a revision that is not a number', 'copkit: 1\nrevision: three\n', /^cop\.yaml:2:11 {2}error {2}Revision: should be a number, not "three" {2}schema$/],
  [
    'an enum answer of the wrong type',
    'copkit: 1\nsetup:\n  organizationType: 12\n',
    /^cop\.yaml:3:21 {2}error {2}Setup: kind of organisation: the number 12 is not an allowed value; use one of: Higher education \(higherEducation\), /,
  ],
  ['invalid UTF-8', latin1, /^cop\.yaml:3:\d+ {2}error {2}cop\.yaml is not valid UTF-8 \(byte \d+\); save it as UTF-8/],
  ['UTF-16', Buffer.from('\uFEFFcopkit: 1\n', 'utf16le'), /^error: cop\.yaml is saved as UTF-16; save it as UTF-8/],
  ['binary junk', junk, /^cop\.yaml:\d+:\d+ {2}error {2}cop\.yaml (is not valid UTF-8|contains binary data)/],
  ['a file over the size limit', big, /^error: cop\.yaml is \d+ bytes; copkit reads files of at most 1048576 bytes \(1 MiB\)$/],
];

export const hostileCases: HostileCase[] = table.map(([name, content, line]) => ({ name, content, line, ...(SCHEMA.has(name) ? { schema: true as const } : {}) }));

export function hostileCase(name: string): HostileCase {
  const found = hostileCases.find((c) => c.name === name);
  if (!found) throw new Error(`no hostile case named ${name}`);
  return found;
}
