import { UsageError } from '../../errors.js';
import { formatNames, isFormatName, orderFormats } from './formats.js';
import type { FormatName } from './formats.js';

/** `--format html,docx --format ics` as formats in their usual order; none given is undefined. */
export function parseFormats(values: readonly string[]): FormatName[] | undefined {
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter((v) => v !== '');
  if (names.length === 0) return values.length === 0 ? undefined : failFormats([]);
  const unknown = names.filter((n) => !isFormatName(n));
  if (unknown.length > 0) failFormats(unknown);
  return orderFormats(names.filter(isFormatName));
}

function failFormats(unknown: readonly string[]): never {
  const what = unknown.length === 0 ? '--format needs at least one format' : `unknown format ${unknown.map((n) => `"${n}"`).join(', ')} for --format`;
  throw new UsageError(`${what}; choose from ${formatNames.join(', ')}`);
}
