/**
 * A file as it was at a git revision, through `git show REV:./path` (run without a shell, so no
 * revision or path is ever interpreted by one).
 */
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { DocumentError, UsageError } from '../errors.js';
import { MAX_FILE_BYTES } from './read-text.js';

export async function gitShow(revision: string, path: string, display: string): Promise<Buffer> {
  if (revision.startsWith('-')) throw new UsageError(`${revision} is not a git revision`, 'Give a commit, branch or tag, or a file to compare.');
  return new Promise((resolve, reject) => {
    execFile('git', ['show', `${revision}:./${basename(path)}`], { cwd: dirname(path), encoding: 'buffer', maxBuffer: MAX_FILE_BYTES, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'git is not installed or not on the PATH' : firstLine(stderr.toString('utf8')) || error.message;
      reject(
        new DocumentError(display, `cannot read ${display}: ${reason}`, {
          hint: 'Give a revision that has this file (a commit, branch or tag), or two files to compare.',
        }),
      );
    });
  });
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/^fatal:\s*/, '').trim();
}
