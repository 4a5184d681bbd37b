/**
 * The gates of each launch phase (DOMAIN.md section 6), ticked from the answers that meet them.
 * A gate that cop.yaml has no answer for says so, so the reader ticks it by hand; one that is not
 * met yet says what is still missing, in the facilitator's words.
 */
import { isLeadershipRole, namedHolder } from '../../model/people.js';
import type { CopData } from '../../model/types.js';
import { answersOf, itemsOf } from '../../model/answers.js';
import { listWords } from '../../words.js';
import { strings, text } from './values.js';

export interface GateView {
  text: string;
  /** Ticked: the answers show it is met. */
  done: boolean;
  /** What is still missing, or null when met or when cop.yaml cannot tell. */
  missing: string | null;
  /** cop.yaml has nothing to judge this by: tick it by hand. */
  byHand: boolean;
}

const gate = (label: string, missing: string | null | false): GateView => ({ text: label, done: missing === null, missing: missing || null, byHand: false });
const byHand = (label: string): GateView => ({ text: label, done: false, missing: null, byHand: true });

function statusOf(data: CopData, stage: string): unknown {
  const progress: unknown = data.progress;
  const entry = progress !== null && typeof progress === 'object' ? (progress as Record<string, unknown>)[stage] : undefined;
  return entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>).status : undefined;
}

const list = listWords;

function readiness(data: CopData): GateView[] {
  const roles = itemsOf(data, 'design', 'roles');
  const held = (r: { holder?: unknown }) => namedHolder(r.holder) !== undefined;
  const sponsor = roles.some((r) => r.roleKey === 'sponsor' && held(r));
  const designed = statusOf(data, 'design') === 'complete';
  const channels = itemsOf(data, 'design', 'channels');
  const heldIds = new Set(roles.filter(held).map((r) => r.id));
  const unstewarded = channels.filter((c) => !heldIds.has(c.stewardRole)).map((c) => text(c.name) ?? String(c.id));
  const unnamed = roles.filter((r) => isLeadershipRole(r.roleKey) && !held(r)).map((r) => text(r.title) ?? String(r.id));
  return [
    gate(
      'The sponsor endorses the draft charter',
      sponsor && designed ? null : list([sponsor ? '' : 'a sponsor with a named holder', designed ? '' : 'the Design stage marked complete'].filter(Boolean)),
    ),
    gate('The spaces and tools are ready to use', channels.length === 0 ? 'a channel' : unstewarded.length ? `a steward for ${list(unstewarded)}` : null),
    gate('Every key role has a named holder', roles.length === 0 ? 'the roles' : unnamed.length ? `a holder for ${list(unnamed)}` : null),
  ];
}

function pilot(data: CopData): GateView[] {
  const p = answersOf(data, 'prototype');
  const committed = itemsOf(data, 'prototype', 'pilotParticipants').filter((x) => x.committed === 'yes').length;
  const done = statusOf(data, 'prototype') === 'complete';
  const shared = itemsOf(data, 'prototype', 'successStories').some((s) => s.consentToShare === 'yes');
  return [
    gate(
      'The pilot starts',
      text(p.pilotStartDate) && committed > 0 ? null : list([text(p.pilotStartDate) ? '' : 'a start date', committed > 0 ? '' : 'a participant who has committed'].filter(Boolean)),
    ),
    byHand('A check-in halfway through'),
    gate(
      'A retrospective at the end',
      strings(p.feedbackMethods).includes('retrospective') && done
        ? null
        : strings(p.feedbackMethods).includes('retrospective')
          ? 'the Prototype stage marked complete'
          : 'a retrospective among the feedback methods',
    ),
    gate('At least one success story is written down, with consent to share it', shared ? null : itemsOf(data, 'prototype', 'successStories').length ? 'consent to share a story' : 'a success story'),
    gate('The decision to launch is taken', p.launchDecision === 'proceed' ? null : 'a decision to proceed'),
  ];
}

function preLaunch(data: CopData): GateView[] {
  const invitation = itemsOf(data, 'launch', 'launchCommunications').some((c) => typeof c.week === 'number' && c.week < 0 && c.channel === 'personalInvitation');
  const agenda = itemsOf(data, 'launch', 'kickoffEvents').some((k) => strings(k.agenda).length > 0);
  return [gate('The invitations are out', invitation ? null : 'a personal invitation planned before week 0'), gate('The kickoff agenda is final', agenda ? null : 'a kickoff event with an agenda')];
}

function afterLaunch(data: CopData): GateView[][] {
  const waves = itemsOf(data, 'launch', 'rolloutWaves');
  const untargeted = waves.filter((w) => typeof w.targetNewMembers !== 'number').map((w) => text(w.name) ?? 'a wave');
  const launched = statusOf(data, 'launch');
  const kickoff = itemsOf(data, 'launch', 'kickoffEvents').some((k) => text(k.date));
  return [
    [
      gate('The kickoff is held', kickoff && (launched === 'inProgress' || launched === 'complete') ? null : kickoff ? 'the Launch stage marked in progress' : 'a dated kickoff event'),
      byHand('New members make their first contributions'),
      byHand('A check after the first 30 days'),
    ],
    [
      gate('Each wave has a target to reach', waves.length === 0 ? 'roll-out waves' : untargeted.length ? `a target for ${list(untargeted)}` : null),
      byHand('Each wave reaches its target'),
      byHand('Checks after 60 and 90 days'),
    ],
    [
      gate(
        'The first quarterly review is held',
        statusOf(data, 'grow') === 'complete' || ['inProgress', 'complete'].includes(statusOf(data, 'sustain') as string) ? null : 'the Grow stage, with its first health check, marked complete',
      ),
      gate('The Launch stage is marked complete in cop.yaml', launched === 'complete' ? null : 'the Launch stage marked complete'),
    ],
  ];
}

/** The gates of P0 to P5, in order. */
export function phaseGates(data: CopData): GateView[][] {
  return [readiness(data), pilot(data), preLaunch(data), ...afterLaunch(data)];
}
