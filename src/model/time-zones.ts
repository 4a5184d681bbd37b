/**
 * IANA time zone names, as the Node runtime knows them (its ICU data). `Etc/UTC` and the other
 * canonical aliases count too: Intl accepts them.
 */
let names: string[] | undefined;

export function timeZoneNames(): string[] {
  names ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  return names;
}

export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
