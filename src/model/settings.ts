/**
 * Personal defaults: what a facilitator or consultant would otherwise type again for every new
 * design, kept in their own settings file (see src/io/settings-path.ts). Pure: the shape, its
 * check, and what `copkit init` offers from it.
 */
import type { Finding, Path } from '../findings.js';
import { currencyProblem, isCurrencyCode } from './currencies.js';
import { closest } from './suggest.js';

export interface Settings {
  facilitatorName?: string;
  organization?: string;
  /** A template pack for new designs: a folder (relative to the settings file) or an npm package name. */
  defaultPack?: string;
  /** ISO 4217 code, offered for the amounts in design.budget. */
  currency?: string;
  /** IANA time zone; accepted now, for questions and documents that will use it. */
  timeZone?: string;
  /** BCP 47 language tag; accepted now, for questions and documents that will use it. */
  language?: string;
}

type Check = (value: string) => string | undefined;

const checks: Record<keyof Settings, Check> = {
  facilitatorName: () => undefined,
  organization: () => undefined,
  defaultPack: (v) => (v.includes('\0') ? 'should be a folder or a package name' : undefined),
  currency: (v) => (isCurrencyCode(v) ? undefined : `should be an ISO 4217 currency code such as EUR or USD: ${currencyProblem(v)}`),
  timeZone: (v) => (validTimeZone(v) ? undefined : `should be a time zone such as Europe/Paris or America/Chicago, not ${JSON.stringify(v)}`),
  language: (v) => (validLanguage(v) ? undefined : `should be a language tag such as fr, en-GB or pt-BR, not ${JSON.stringify(v)}`),
};

export const settingKeys = Object.keys(checks) as (keyof Settings)[];

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Every problem with the settings, each at its path, as cop.yaml's are reported. */
export function validateSettings(data: unknown): Finding[] {
  const error = (message: string, path: Path, atKey = false): Finding => ({ rule: 'settings', severity: 'error', message, path, atKey });
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data)) return [error('the settings should be a map of names to values, such as `facilitatorName: Ana Lima`', [])];
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(checks, key)) {
      const near = closest(key, settingKeys);
      findings.push(error(`${key} is not a setting copkit knows${near ? `; did you mean ${near}?` : ''} (settings: ${settingKeys.join(', ')})`, [key], true));
    } else if (typeof value !== 'string' || value.trim() === '') {
      findings.push(error(`${key} should be a text, not ${JSON.stringify(value)}`, [key]));
    } else {
      const problem = checks[key as keyof Settings](value);
      if (problem) findings.push(error(`${key} ${problem}`, [key]));
    }
  }
  return findings;
}

/** The answers `copkit init` offers from the settings, by `stage.key`. */
export function personalAnswers(settings: Settings): Record<string, string> {
  return { ...(settings.facilitatorName ? { 'setup.facilitatorName': settings.facilitatorName } : {}), ...(settings.currency ? { 'setup.currency': settings.currency } : {}) };
}

/** What a new item of a list starts with, from the settings (a cost in the usual currency). */
export function personalItemValues(listPath: Path, settings: Settings): Record<string, string> {
  return listPath.join('.') === 'design.budget' && settings.currency ? { currency: settings.currency } : {};
}
