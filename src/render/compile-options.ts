import { knownHelpers } from './helpers.js';

/**
 * How every template is compiled, at run time (a pack's) and at build time (copkit's own, see
 * precompiled.ts): strict (a missing field is an error), knownHelpersOnly (an unknown helper is a
 * compile error with its line), no HTML escaping (helpers escape what the output format needs).
 */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: knownHelpers(),
  noEscape: true,
  preventIndent: true,
} as const;
