/**
 * Reading the personal settings file: parsed as safely as cop.yaml, checked, and a problem
 * reported at its line and column in that file. No file (where none was named) means no settings.
 */
import { DocumentError } from '../errors.js';
import { readTextFile, type TextFile } from '../io/read-text.js';
import { validateSettings } from '../model/settings.js';
import type { Settings } from '../model/settings.js';
import { placeFindings } from './locate.js';
import { parseYaml } from './parse-yaml.js';

export async function loadSettings(location: { path: string; named: boolean }, display: string): Promise<Settings> {
  let file: TextFile;
  try {
    file = await readTextFile(location.path, display);
  } catch (error) {
    const missing = error instanceof DocumentError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    if (missing && !location.named) return {};
    throw missing ? new DocumentError(display, `the settings file ${display} (named by COPKIT_SETTINGS) does not exist`, { hint: 'Create it, or unset COPKIT_SETTINGS.' }) : error;
  }
  const { doc, lineCounter } = parseYaml(file);
  const data: unknown = doc.toJS();
  const [first, ...rest] = placeFindings(validateSettings(data), doc, lineCounter);
  if (first) {
    const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
    throw new DocumentError(display, `${first.message}${more}`, {
      source: 'settings',
      ...(first.position ? { position: first.position } : {}),
      hint: `Correct your settings in ${display}, or move the file away to start without them.`,
    });
  }
  return (data ?? {}) as Settings;
}
