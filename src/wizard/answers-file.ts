/**
 * `--answers FILE`: answers in cop.yaml's own shape (YAML, or JSON, which is YAML), partial
 * allowed. They are checked by the same validator as typed answers, against the design they
 * will join, so references resolve; every problem is reported at its line in the answers file.
 */
import { sortFindings } from '../check/collect.js';
import type { CopFile } from '../document/cop-file.js';
import { placeFindings } from '../document/locate.js';
import { parseYaml } from '../document/parse-yaml.js';
import { DocumentError } from '../errors.js';
import type { Finding, Path } from '../findings.js';
import { LIMITS } from '../io/limits.js';
import { readTextFile } from '../io/read-text.js';
import { fieldWords, pathWords, quoted } from '../model/path-words.js';
import { answerSections, findSection } from '../model/registry.js';
import type { QuestionField } from '../model/spec.js';
import { closest } from '../model/suggest.js';
import { nextFreeNumber, validateData } from '../model/validate.js';
import { isPlainObject } from '../model/values.js';
import { communityCurrency, currencyCode } from '../model/currencies.js';
import { questionAt } from './references.js';
import { readTypedAnswer } from './typed-answers.js';
import type { Change } from './session.js';
import { setValueAt, valueAt } from './session.js';

/** copkit's own bookkeeping: an answers file that is a whole cop.yaml may carry them; they are ignored. */
const BOOKKEEPING = ['copkit', 'revision', 'updated', 'progress', 'reviews', 'history'];
const SETTINGS = ['render', 'lint'];

export interface Answers {
  display: string;
  /** `[stage, key]` and the value to save, in registry order. */
  changes: Change[];
  /** `stage.key` of every question answered. */
  answered: Set<string>;
  /** Stages the file has answers for, in registry order. */
  stages: string[];
  ignored: string[];
}

export interface PlacedProblem {
  file: string;
  finding: Finding;
}

/** Read and check an answers file; problems come back positioned, nothing is thrown for them. */
export async function loadAnswers(path: string, display: string, design: CopFile): Promise<{ answers: Answers; problems: PlacedProblem[] }> {
  const parsed = parseYaml(await readTextFile(path, display, LIMITS.answers), LIMITS.answers);
  const raw: unknown = parsed.doc.toJS();
  if (!isPlainObject(raw)) {
    throw new DocumentError(display, `${display} must hold answers as named fields, in the shape of cop.yaml (setup:, inquire:, ...)`, { position: { line: 1, column: 1 }, source: 'schema' });
  }
  const answers: Answers = { display, changes: [], answered: new Set(), stages: [], ignored: [] };
  const shapeProblems: Finding[] = [];
  // A key the answers file should not have is quoted in the message, so the subject is its parent.
  const problem = (path: Path, message: string, atKey = false) =>
    shapeProblems.push({ rule: 'schema', severity: 'error', path, message, atKey, ...(atKey ? { where: pathWords(path.slice(0, -1)) } : {}) });

  for (const [key, value] of Object.entries(raw)) {
    if (BOOKKEEPING.includes(key)) answers.ignored.push(key);
    else if (SETTINGS.includes(key)) collectSettings(key, value, answers, problem);
    else if (findSection(key)) collectStage(key, value, answers, problem);
    else problem([key], `${quoted(key)} is not a part of cop.yaml copkit knows${hint(key, [...answerSections.map((s) => s.id), ...SETTINGS], (guess) => pathWords([guess]))}`, true);
  }
  readTypedNumbers(answers, design, problem);
  numberNewItems(answers, design);
  answers.changes.sort((a, b) => order(a[0]) - order(b[0]));

  const merged = structuredClone(design.data) as unknown as Record<string, unknown>;
  for (const [where, value] of answers.changes) setValueAt(merged, where, value);
  const before = new Set(validateData(structuredClone(design.data)).map(key));
  const findings = validateData(merged);
  // The validator normalised values in place (a number typed for a text field becomes text): save those.
  answers.changes = answers.changes.map(([where]) => [where, valueAt(merged, where)]);

  const inFile = (f: Finding) => answers.changes.some(([where]) => where.every((part, i) => f.path[i] === part));
  // In an answer, what the file format only warns about (a misspelt field, a line break in a
  // one-line answer) could not have been typed: it is an error. Elsewhere, only new errors count.
  // A value the typed reading already refused (`amount: £abc`) is reported once, as that.
  const refused = (f: Finding) => shapeProblems.some((p) => p.path.join('\u0000') === f.path.join('\u0000'));
  const inAnswers = findings.filter((f) => inFile(f) && !refused(f)).map((f) => ({ ...f, severity: 'error' as const }));
  const caused = findings.filter((f) => f.severity === 'error' && !inFile(f) && !before.has(key(f)));
  const problems: PlacedProblem[] = [
    // The answers' own problems are named in words against the merged design, whose items have names.
    ...sortFindings(placeFindings([...shapeProblems.map((f) => ({ where: pathWords(f.path, merged), ...f })), ...inAnswers], parsed.doc, parsed.lineCounter)).map((finding) => ({
      file: display,
      finding,
    })),
    ...placeInDesign(design, caused),
  ];
  return { answers, problems };
}

function collectStage(stageId: string, value: unknown, answers: Answers, problem: (path: Path, message: string, atKey?: boolean) => void): void {
  if (value === null || value === undefined) return;
  if (!isPlainObject(value)) {
    problem([stageId], 'should be a set of named answers (key: value lines)');
    return;
  }
  const stage = findSection(stageId)!;
  const questions = stage.questions as Record<string, QuestionField>;
  for (const key of Object.keys(questions)) {
    const answer = value[key];
    if (answer === null || answer === undefined) continue;
    answers.changes.push([[stageId, key], answer]);
    answers.answered.add(`${stageId}.${key}`);
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(questions, key)) problem([stageId, key], `${quoted(key)} is not a question copkit asks${hint(key, Object.keys(questions), (guess) => fieldWords([stageId, guess]))}`, true);
  }
  if (answers.changes.some(([where]) => where[0] === stageId)) answers.stages.push(stageId);
}

function collectSettings(section: string, value: unknown, answers: Answers, problem: (path: Path, message: string) => void): void {
  if (value === null || value === undefined) return;
  if (!isPlainObject(value)) {
    problem([section], 'should be a set of named fields');
    return;
  }
  for (const [key, setting] of Object.entries(value)) answers.changes.push([[section, key], setting]);
}

/** Numbers as people type them (`£9,600`, `80%`) and codes in any case, in cop.yaml's own form. */
function readTypedNumbers(answers: Answers, design: CopFile, problem: (path: Path, message: string) => void): void {
  const typed = answers.changes.find(([where]) => where[0] === 'setup' && where[1] === 'currency')?.[1];
  const community = typeof typed === 'string' ? currencyCode(typed) : communityCurrency(design.data);
  answers.changes = answers.changes.map(([where, value]) => {
    const field = questionAt(where);
    return [where, field ? readTypedAnswer(field, value, where, community, problem) : value];
  });
}

/** Items of id-carrying lists that came without ids get the next free ones (never reusing the design's). */
function numberNewItems(answers: Answers, design: CopFile): void {
  for (const [where, value] of answers.changes) {
    const field = questionAt(where);
    if (field?.kind !== 'objectList' || !field.idPrefix || !Array.isArray(value)) continue;
    const existing = valueAt(design.data, where);
    let next = Math.max(nextFreeNumber(value, field.idPrefix), nextFreeNumber(Array.isArray(existing) ? existing : [], field.idPrefix));
    value.forEach((item, i) => {
      if (isPlainObject(item) && (item.id === undefined || item.id === null)) value[i] = { id: `${field.idPrefix}${next++}`, ...item };
    });
  }
}

/** Errors the answers would cause elsewhere in the design (a removed goal still referred to). */
function placeInDesign(design: CopFile, findings: Finding[]): PlacedProblem[] {
  const placed = sortFindings(design.place(findings.map((f) => ({ ...f, message: `${f.message} (once the answers are applied)` }))));
  return placed.map((finding) => ({ file: design.display, finding }));
}

function order(path: Path): number {
  const stage = answerSections.findIndex((s) => s.id === path[0]);
  const keys = stage >= 0 ? Object.keys(answerSections[stage]!.questions) : [];
  return (stage >= 0 ? stage : answerSections.length) * 1000 + Math.max(0, keys.indexOf(String(path[1])));
}

function key(f: Finding): string {
  return `${f.path.join('\u0000')}\u0001${f.message}`;
}

/** "; did you mean vision (vision)?": what the close match means, then the key to type. */
function hint(word: string, candidates: string[], words: (guess: string) => string): string {
  const guess = closest(word, candidates);
  if (!guess) return '';
  const meaning = words(guess);
  return `; did you mean ${meaning && meaning !== guess ? `${meaning} (${guess})` : guess}?`;
}
