import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where copkit keeps what it can compute again (the portfolio's rows): `$XDG_CACHE_HOME/copkit`,
 * else `~/.cache/copkit`, as settings-path.ts finds the settings under XDG_CONFIG_HOME. Tests
 * point XDG_CACHE_HOME at a folder of their own.
 */
export function cacheFolder(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG rules say a relative XDG_CACHE_HOME is to be ignored.
  const base = xdg !== undefined && xdg !== '' && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.cache');
  return join(base, 'copkit');
}
