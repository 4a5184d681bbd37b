/**
 * What the pilot's results say, once they are due: a story that may be shared, criteria that
 * were met, and the sponsor still on board (launch-before-prototype-gate).
 */
import { personKey } from '../model/people.js';
import type { CopData } from '../model/types.js';
import { items, quote, text } from './read.js';
import type { Item } from './read.js';
import { roles } from './roles.js';
import type { RuleFinding } from './types.js';

function storyFindings(data: CopData, why: string): RuleFinding[] {
  const stories = items(data, 'prototype', 'successStories');
  if (stories.length === 0) {
    return [
      {
        path: ['prototype', 'successStories'],
        atKey: true,
        message: `${why}, but the pilot has no success story yet. Record at least one story from the pilot before launching: it is what convinces the next people to join.`,
      },
    ];
  }
  if (stories.some((s) => s.fields.consentToShare === 'yes')) return [];
  const first = stories[0]!;
  const consent = first.fields.consentToShare;
  const state = consent === 'no' ? 'the people in it said no' : consent === 'pending' ? 'consent is still pending' : 'nobody has recorded whether it may be';
  const title = text(first.fields.title);
  const which =
    stories.length > 1
      ? `none of the pilot's ${stories.length} stories may be shared yet (for the first, ${state})`
      : `the pilot's only story${title ? `, ${quote(title)},` : ''} may not be shared: ${state}`;
  return [
    {
      path: consent === undefined ? first.path : [...first.path, 'consentToShare'],
      message: `${why}, but ${which}. A story recruits only if it can be told: get the consent (answer "May it be shared?" with yes) or record another story.`,
    },
  ];
}

const MEASURED = new Set(['yes', 'no', 'partly']);

function criteriaFindings(data: CopData, why: string): RuleFinding[] {
  const criteria = items(data, 'prototype', 'pilotSuccessCriteria');
  const measured = criteria.filter((c) => typeof c.fields.met === 'string' && MEASURED.has(c.fields.met));
  if (criteria.length === 0) return [];
  if (measured.length === 0) {
    return [
      {
        path: ['prototype', 'pilotSuccessCriteria'],
        atKey: true,
        severity: 'warning',
        message: `${why}, but none of the pilot's ${criteria.length === 1 ? 'success criterion has' : `${criteria.length} success criteria have`} a result. Record each one's actual figure and whether it was met, so the launch rests on what the pilot showed.`,
      },
    ];
  }
  if (measured.some((c) => c.fields.met === 'yes' || c.fields.met === 'partly')) return [];
  return [
    {
      path: ['prototype', 'pilotSuccessCriteria'],
      atKey: true,
      message: `${why}, but the pilot met none of the success criteria it measured (${measured.length} not met). Extend or rethink the pilot before a wider launch, or record why the launch goes ahead anyway and change the criteria.`,
    },
  ];
}

/** Commitments that come from the sponsor: named as such, or from the sponsor role's holder. */
function fromSponsor(data: CopData): (item: Item<'prototype', 'commitmentsSecured'>) => boolean {
  const holders = new Set(
    roles(data)
      .filter((r) => r.key === 'sponsor' && r.holder)
      .map((r) => personKey(r.holder!)),
  );
  return (item) => {
    const from = text(item.fields.from);
    return from !== undefined && (/\bsponsor\b/i.test(from) || holders.has(personKey(from)));
  };
}

function sponsorFindings(data: CopData, why: string): RuleFinding[] {
  const mine = items(data, 'prototype', 'commitmentsSecured').filter(fromSponsor(data));
  if (mine.length === 0 || mine.some((c) => c.fields.status === 'agreed')) return [];
  const declined = mine.find((c) => c.fields.status === 'declined');
  if (!declined) return [];
  return [
    {
      path: [...declined.path, 'status'],
      message: `${why}, but the sponsor declined what the pilot asked for (${quote(text(declined.fields.commitment) ?? 'a commitment')}, from ${quote(text(declined.fields.from) ?? 'the sponsor')}). Win the sponsor's commitment again, or find another sponsor, before launching.`,
    },
  ];
}

export function pilotResultFindings(data: CopData, why: string): RuleFinding[] {
  return [...storyFindings(data, why), ...criteriaFindings(data, why), ...sponsorFindings(data, why)];
}
