/**
 * IANA time zone names, as the Node runtime knows them (its ICU data). The list is checked first
 * because building an Intl.DateTimeFormat costs tens of milliseconds (every `status` and `check`
 * validates the name); an alias the list leaves out, such as Asia/Calcutta, is then asked of Intl.
 */
let names: Set<string> | undefined;

export function timeZoneNames(): string[] {
  names ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  return [...names];
}

export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  names ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  if (names.has(name)) return true;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone.toLowerCase() === name.toLowerCase() || /\//.test(name);
  } catch {
    return false;
  }
}
