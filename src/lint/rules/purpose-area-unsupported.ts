import { activityFormat, channelPurpose, purposeArea } from '../../model/enums.js';
import type { LintRule } from '../types.js';
import { purposeSupport } from '../purpose-support.js';
import type { PurposeArea } from '../purpose-support.js';
import { answer, items, listWords, strings } from '../read.js';

const lower = (s: string) => s.toLowerCase();

/** "an activity in one of these formats: networking event, meeting; or a member directory channel" */
function supportWords(area: PurposeArea): string {
  const { formats, channelPurposes } = purposeSupport[area];
  const activities = `an activity in one of these formats: ${formats.map((f) => lower(activityFormat.labels[f])).join(', ')}`;
  const channels = channelPurposes.map((p) => `a ${lower(channelPurpose.labels[p])} channel`);
  return channels.length ? `${activities}; or ${listWords(channels)}` : activities;
}

export const purposeAreaUnsupported = {
  id: 'purpose-area-unsupported',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['inquire.purposeAreas', 'design.activities[].format', 'design.channels[].purposes'],
  source: 'Cambridge, Kaplan & Suter (2005), "Purpose is paramount": a community\'s purpose falls into four areas, and its activities should serve the areas it chose.',
  summary: 'Each chosen purpose area has an activity or channel that serves it.',
  why: 'The four purpose areas (developing relationships, learning and developing practice, carrying out tasks and projects, creating new knowledge) are a shared language for what the community is for. A purpose no activity serves will not happen: a community that means to create new knowledge needs some inquiry or documentation work, not only meetings.',
  fix: 'For each purpose area in `inquire.purposeAreas`, add an activity of a matching format (or a channel with a matching purpose), or drop the area. What counts as support:',
  table: {
    head: ['Purpose area', 'Activity formats', 'Channel purposes'],
    rows: (Object.keys(purposeSupport) as PurposeArea[]).map((area) => [
      `\`${area}\``,
      purposeSupport[area].formats.map((f) => `\`${f}\``).join(', '),
      purposeSupport[area].channelPurposes.map((p) => `\`${p}\``).join(', ') || '-',
    ]),
  },
  check(data) {
    const formats = new Set(items(data, 'design', 'activities').map((a) => a.fields.format));
    const purposes = new Set(items(data, 'design', 'channels').flatMap((c) => strings(c.fields.purposes)));
    const areas = answer(data, 'inquire', 'purposeAreas');
    if (!Array.isArray(areas)) return [];
    return areas.flatMap((area: unknown, index) => {
      if (typeof area !== 'string' || !Object.hasOwn(purposeSupport, area)) return [];
      const support = purposeSupport[area as PurposeArea];
      if (support.formats.some((f) => formats.has(f)) || support.channelPurposes.some((p) => purposes.has(p))) return [];
      return [
        {
          path: ['inquire', 'purposeAreas', index],
          message: `The purpose "${lower(purposeArea.labels[area as PurposeArea])}" has nothing in the design to carry it. Add ${supportWords(area as PurposeArea)}. Or drop this purpose area.`,
        },
      ];
    });
  },
} satisfies LintRule;
