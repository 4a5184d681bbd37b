/**
 * Ways to damage a hand-edited cop.yaml, for the fuzzer: bytes, lines, indentation, YAML features,
 * unicode, dates and prototype keys, applied to the example designs.
 */
import fc from 'fast-check';

export type Mutation = (text: string) => string;

const at = (text: string, ratio: number) => Math.floor(ratio * text.length);
const lines = (text: string) => text.split('\n');
const onLine = (text: string, ratio: number, change: (line: string) => string) => {
  const all = lines(text);
  const i = Math.floor(ratio * all.length);
  all[i] = change(all[i] ?? '');
  return all.join('\n');
};

const snippets = [
  '&a x',
  '*a',
  '!!js/function "f"',
  '!!binary aGk=',
  '!custom x',
  '? [a]\n: b',
  '---\nb: 1',
  '{a: [1, {b: 2}]}',
  '__proto__: {polluted: 1}',
  'constructor: x',
  'prototype:\n  x: 1',
  '"\\u001b[31mred"',
  '\u202eevil',
  '\u200b',
  '2026-02-30',
  '2026-13-01',
  '1:30',
  'NO',
  'yes',
  '0755',
  '1e400',
  '9007199254740993',
  '-1',
  '.nan',
  '~',
  '""',
  '|\n  block',
  '>-\n  folded',
  '\t',
  '\r',
  '[[[[[[',
  '"unclosed',
  '# comment',
  'é漢字😀',
  'x'.repeat(300),
];

const ratio = fc.double({ min: 0, max: 0.999, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(ratio, fc.integer({ min: 0, max: 255 })).map(([r, b]) => (t: string) => {
    const bytes = Buffer.from(t);
    bytes[Math.floor(r * bytes.length)] = b;
    return bytes.toString('latin1') === t ? t : Buffer.from(bytes).toString('utf8');
  }),
  ratio.map((r) => (t: string) => {
    const all = lines(t);
    all.splice(Math.floor(r * all.length), 1);
    return all.join('\n');
  }),
  ratio.map((r) => (t: string) => {
    const all = lines(t);
    const i = Math.floor(r * all.length);
    all.splice(i, 0, all[i] ?? '');
    return all.join('\n');
  }),
  fc.tuple(ratio, fc.integer({ min: -4, max: 4 })).map(
    ([r, d]) =>
      (t: string) =>
        onLine(t, r, (l) => (d > 0 ? ' '.repeat(d) + l : l.slice(-d))),
  ),
  fc.tuple(ratio, fc.constantFrom(...snippets)).map(
    ([r, s]) =>
      (t: string) =>
        onLine(t, r, (l) => `${l.replace(/:\s.*$/, ':')} ${s}`),
  ),
  fc.tuple(ratio, fc.constantFrom(...snippets)).map(
    ([r, s]) =>
      (t: string) =>
        `${t.slice(0, at(t, r))}${s}${t.slice(at(t, r))}`,
  ),
  fc.tuple(ratio, fc.string({ unit: 'binary', maxLength: 12 })).map(
    ([r, s]) =>
      (t: string) =>
        `${t.slice(0, at(t, r))}${s}${t.slice(at(t, r))}`,
  ),
  fc.tuple(ratio, fc.constantFrom('2026-01-01', '1999-12-31', '2026-02-29', '0000-00-00', '99999-01-01')).map(([r, d]) => (t: string) => {
    const dates = [...t.matchAll(/\d{4}-\d{2}-\d{2}/g)];
    const m = dates[Math.floor(r * dates.length)];
    return m?.index === undefined ? t : `${t.slice(0, m.index)}${d}${t.slice(m.index + 10)}`;
  }),
  fc.tuple(ratio, fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString')).map(
    ([r, k]) =>
      (t: string) =>
        onLine(t, r, (l) => l.replace(/^(\s*)(- )?[A-Za-z]+:/, `$1$2${k}:`)),
  ),
  ratio.map((r) => (t: string) => t.slice(0, at(t, r))),
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
