import { isLeadershipRole, personKey } from '../../model/people.js';
import type { LintRule, RuleFinding } from '../types.js';
import { holderPath, roles } from '../roles.js';
import type { RoleView } from '../roles.js';
import { listWords, quote } from '../read.js';

const CORE_KEYS = new Set(['coordinator', 'coreGroupMember']);
const MIN_CORE = 3;
const MAX_LEADERSHIP = 3;

export const thinCoreGroup = {
  id: 'thin-core-group',
  severity: 'warning',
  appliesWhen: { stage: 'launch', from: 'started' },
  reads: ['design.roles[].roleKey', 'design.roles[].holder'],
  source: 'Wenger-Trayner, key success and failure factors: an energised core group that does not depend on one or two people; Wenger-Trayner (2022): distributed leadership.',
  summary: 'At least three people share the leadership, and nobody holds three leadership roles.',
  why: 'Early on one person may wear several hats, but by the time the community opens to everyone its leadership should be shared. A community carried by one or two people stalls when they are busy and ends when they leave. This rule waits for the Launch stage so that a small founding team is not flagged while it is still forming.',
  fix: 'Name at least three different people across the coordinator and core group member roles, and hand leadership roles (sponsor, coordinator, facilitator, core group member) held three times by one person to others.',
  check(data) {
    const named = roles(data).filter((r) => r.holder !== undefined);
    const findings: RuleFinding[] = [];
    const core = new Map<string, string>();
    for (const role of named) if (CORE_KEYS.has(role.key ?? '')) core.set(personKey(role.holder!), role.holder!);
    if (core.size < MIN_CORE) {
      const who =
        core.size === 0
          ? 'Nobody holds'
          : `Only ${core.size === 1 ? 'one person' : `${core.size} people`} (${listWords([...core.values()].map((n) => quote(n)))}) ${core.size === 1 ? 'holds' : 'hold'}`;
      findings.push({
        path: ['design', 'roles'],
        atKey: true,
        message: `${who} a coordinator or core group role. Find at least ${MIN_CORE} people to share the leadership, so the community does not rest on one or two.`,
      });
    }
    const byPerson = new Map<string, RoleView[]>();
    for (const role of named.filter((r) => isLeadershipRole(r.key))) {
      const key = personKey(role.holder!);
      byPerson.set(key, [...(byPerson.get(key) ?? []), role]);
    }
    for (const held of byPerson.values()) {
      if (held.length < MAX_LEADERSHIP) continue;
      const ids = held.map((r) => r.id ?? `entry ${r.item.index + 1}`);
      findings.push({
        path: holderPath(held[0]!),
        message: `${quote(held[0]!.holder!)} holds ${held.length} leadership roles (${listWords(ids)}). Hand at least one of them to someone else so that leadership is shared.`,
      });
    }
    return findings;
  },
} satisfies LintRule;
