import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Where the user's personal settings live: COPKIT_SETTINGS if set, else
 * `$XDG_CONFIG_HOME/copkit/settings.yaml`, else `~/.config/copkit/settings.yaml`.
 * `named` is true when the user pointed at the file, so that a missing one is an error.
 */
export function settingsLocation(env: NodeJS.ProcessEnv, cwd: string): { path: string; named: boolean } {
  const given = env.COPKIT_SETTINGS;
  if (given !== undefined && given !== '') return { path: resolve(cwd, given), named: true };
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG rules say a relative XDG_CONFIG_HOME is to be ignored.
  const base = xdg !== undefined && xdg !== '' && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.config');
  return { path: join(base, 'copkit', 'settings.yaml'), named: false };
}
