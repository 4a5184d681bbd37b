import type { LintRule } from '../types.js';
import { items } from '../read.js';

export const singleVisibilitySpace = {
  id: 'single-visibility-space',
  severity: 'info',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['design.channels[].visibility'],
  source: 'Wenger, McDermott & Snyder (2002), principle 4: develop both public and private community spaces; Cambridge, Kaplan & Suter (2005): a public site next to the members-only one.',
  summary: 'The community has both a private space and a face others can see.',
  why: 'Members need a private space for candid talk about what goes wrong, and the community needs a visible face so that others see its work, want to join and keep supporting it. Having only one of the two is not wrong, but it is worth a deliberate choice.',
  fix: 'If every channel is members-only, consider an organisation-wide or public page that shows the community\'s work. If every channel is public, keep at least one space for members only.',
  check(data) {
    const channels = items(data, 'design', 'channels');
    const seen = new Set(channels.map((c) => c.fields.visibility));
    if (channels.length === 0 || seen.size !== 1) return [];
    if (seen.has('membersOnly')) {
      return [{
        path: ['design', 'channels'],
        atKey: true,
        message: 'Every channel is members-only, so nobody outside can see what the community does. Consider an organisation-wide or public page that shows its work; it helps recruit members and keep support.',
      }];
    }
    if (seen.has('public')) {
      return [{
        path: ['design', 'channels'],
        atKey: true,
        message: 'Every channel is public, so members have no private space for candid talk. Keep at least one space for members only.',
      }];
    }
    return [];
  },
} satisfies LintRule;
