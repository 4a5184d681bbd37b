/**
 * When a save fails part-way through a wizard run (a full disk, a read-only folder, cop.yaml saved
 * by someone else meanwhile), nothing given so far may be lost: the answers that are not in
 * cop.yaml as it now is go to a file beside it, in the form `--answers` takes, and the user is
 * told what is safe, what is not, and the one command that applies the rest.
 */
import { stat } from 'node:fs/promises';
import { Document } from 'yaml';
import { CopFile } from '../document/cop-file.js';
import type { SaveFailed } from '../document/cop-file.js';
import { CopkitError } from '../errors.js';
import type { Path } from '../findings.js';
import { atomicWrite } from '../io/atomic-write.js';
import { pathWords } from '../model/path-words.js';
import { findSection } from '../model/registry.js';
import type { QuestionField } from '../model/spec.js';
import { savedThisTime } from './messages.js';
import type { WizardSession } from './session.js';
import { setValueAt, valueAt } from './session.js';
import { shellQuote } from '../words.js';

export interface UnsavedContext {
  /** The command that carries on (`copkit init --dir x`), without `--answers`. */
  resumeCommand: string;
  /** Whether the run had --yes, which the command that applies the answers then needs too. */
  yes: boolean;
}

/** What to do about each cause before trying again. */
const remedies: Record<string, string> = {
  changed: 'Look at what changed in {file}',
  busy: 'Wait for the other copkit command to finish',
  ENOSPC: 'Free some disk space',
  EDQUOT: 'Free some disk space',
  EACCES: 'Make the folder of {file} writable for you',
  EPERM: 'Make the folder of {file} writable for you',
  EROFS: 'Move {file} to a disk you can write to',
};

/** The error to show for a failed save, after keeping every unsaved answer where it can be found. */
export async function unsavedReport(session: WizardSession, failure: SaveFailed, context: UnsavedContext): Promise<CopkitError> {
  const { file } = session;
  const { pending, cleared } = await answersNotOnDisk(session);
  const lines = [failure.message];
  const remedy = (remedies[failure.reason === 'write' ? (failure.code ?? '') : failure.reason] ?? 'Once the cause is fixed').replace('{file}', file.display);
  if (pending.length === 0 && cleared.length === 0) {
    lines.push(`Every answer from this run is in ${file.display}; only the record of the stage's progress was not saved.`);
    return new CopkitError(lines.join('\n'), { hint: `${remedy}, then run \`${context.resumeCommand}\` to carry on.` });
  }
  const names = [...pending.map(([path]) => path), ...cleared].map((path) => describe(path, session));
  lines.push(`${failure.reason === 'changed' ? `Not in ${file.display} as it is now` : 'Not saved'}: ${names.join('; ')}.`);
  // To clear an answer by hand the person looks for its key in cop.yaml: it follows its label.
  if (cleared.length > 0)
    lines.push(`Clear ${cleared.map((path) => `${pathWords(path)} (${String(path.at(-1))})`).join(', ')} in ${file.display} by hand if you still want ${cleared.length === 1 ? 'it' : 'them'} empty.`);
  lines.push(safeLine(session, failure, pending.length + cleared.length));
  if (pending.length === 0) return new CopkitError(lines.join('\n'), { hint: `${remedy}, then run \`${context.resumeCommand}\` to carry on.` });

  const body = answersYaml(pending);
  const apply = (name: string) => `${context.resumeCommand} --answers ${name}${context.yes ? ' --yes' : ''}`;
  const header = (name: string) => [`# Answers copkit could not save to ${file.display} on ${session.today()}:`, `# ${failure.message}.`, `# Apply them with: ${apply(name)}`].join('\n');
  const kept = await keepBeside(file.path, file.display, (name) => `${header(shellQuote(name))}\n${body}`);
  const them = pending.length === 1 ? 'it' : 'them';
  if (kept) {
    lines.splice(2, 0, `${pending.length === 1 ? 'It is' : 'They are'} kept in ${kept}.`);
    return new CopkitError(lines.join('\n'), { hint: `${remedy}, then run \`${apply(shellQuote(kept))}\` to save ${them} and carry on; delete ${kept} afterwards.` });
  }
  lines.splice(2, 0, `${pending.length === 1 ? 'It' : 'They'} could not be kept in a file either; here ${pending.length === 1 ? 'it is' : 'they are'}, as --answers takes ${them}:`, indent(body));
  return new CopkitError(lines.join('\n'), {
    hint: `${remedy}, then save the lines above to a file and run \`${apply('<that file>')}\`, or give ${them} again.`,
  });
}

/** The answers this run gave that cop.yaml, as it is on disk now, does not hold. */
async function answersNotOnDisk(session: WizardSession): Promise<{ pending: [Path, unknown][]; cleared: Path[] }> {
  let disk: unknown;
  try {
    disk = (await CopFile.load(session.file.path, session.file.display)).data;
  } catch {
    disk = undefined; // gone or unreadable: nothing of this run can be counted on
  }
  const pending: [Path, unknown][] = [];
  const cleared: Path[] = [];
  for (const path of session.touched.values()) {
    const mine = valueAt(session.data, path);
    if (disk !== undefined && JSON.stringify(mine) === JSON.stringify(valueAt(disk, path))) continue;
    if (mine === undefined) cleared.push(path);
    else pending.push([path, mine]);
  }
  return { pending, cleared };
}

/** `Design: rhythm`, or for the question on screen: your answer to "..." (Design 4 of 11). */
function describe(path: Path, session: WizardSession): string {
  const at = session.position;
  if (!at || at.stage.id !== path[0] || at.key !== path[1]) return pathWords(path, session.data);
  const label = (findSection(at.stage.id)?.questions as Record<string, QuestionField> | undefined)?.[at.key]?.label;
  return `your answer to ${label ? `"${label}" ` : ''}(${at.stage.title} ${at.index + 1} of ${at.total})`;
}

function safeLine(session: WizardSession, failure: SaveFailed, unsaved: number): string {
  const { file } = session;
  if (file.isNew) return `Nothing had been saved before, so ${file.display} was not created.`;
  if (failure.reason === 'write') {
    return session.answered.size === 0 ? `${file.display} is whole and as it was before this command.` : `Safe in ${file.display}: ${savedThisTime(session)}.`;
  }
  const safe = session.touched.size - unsaved;
  const mine = safe === 0 ? 'without any answer from this run' : `with ${safe} of the ${session.touched.size} answers from this run`;
  return `${file.display} is left as ${failure.reason === 'changed' ? 'the other change saved it' : 'it was'}, ${mine}.`;
}

/** The unsaved answers in cop.yaml's shape. */
function answersYaml(pending: readonly [Path, unknown][]): string {
  const data: Record<string, unknown> = {};
  for (const [path, value] of pending) setValueAt(data, path, value);
  return new Document(data).toString({ lineWidth: 0 });
}

/**
 * Write the answers to `cop.yaml.pending.yaml` beside the design, or the next free numbered name:
 * an earlier file of pending answers is never overwritten. Returns the name shown to the user.
 */
async function keepBeside(path: string, display: string, text: (name: string) => string): Promise<string | undefined> {
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => undefined,
  );
  for (let n = 1; n <= 99; n++) {
    const suffix = n === 1 ? '.pending.yaml' : `.pending-${n}.yaml`;
    try {
      await atomicWrite(`${path}${suffix}`, text(`${display}${suffix}`), { exclusive: true, ...(mode === undefined ? {} : { mode }) });
      return `${display}${suffix}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
