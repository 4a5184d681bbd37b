import type { LintRule, RuleFinding } from '../types.js';
import { answer, hasEntries, items } from '../read.js';

const CHANGE_CYCLES = new Set(['applied', 'realized']);

export const valueMeasuresOnlyActivity = {
  id: 'value-measures-only-activity',
  severity: 'warning',
  appliesWhen: { stage: 'sustain', from: 'finished' },
  reads: ['sustain.valueIndicators[].cycle', 'sustain.valueCreationStories'],
  source: 'Wenger, Trayner & de Laat (2011), value-creation framework; US GSA Communities of Practice toolkit: measure tangible and intangible outcomes.',
  summary: 'The review measures changed practice and results, not only activity, and tells at least one value-creation story.',
  why: 'Attendance and posts show that something happened, not that it helped. Sponsors renew communities that can show applied value (members changed how they work) and realized value (results improved), and a story that follows one contribution through to its effect is the most convincing evidence there is.',
  fix: 'Add at least one indicator in `sustain.valueIndicators` with `cycle: applied` or `cycle: realized`, and record at least one story in `sustain.valueCreationStories` at each review.',
  check(data) {
    const findings: RuleFinding[] = [];
    const indicators = items(data, 'sustain', 'valueIndicators');
    if (indicators.length > 0 && !indicators.some((i) => typeof i.fields.cycle === 'string' && CHANGE_CYCLES.has(i.fields.cycle))) {
      findings.push({
        path: ['sustain', 'valueIndicators'],
        atKey: true,
        message:
          'The value indicators stop short of change: none measures applied value (changed practice) or realized value (better results). Add at least one indicator of how members use what they learn, or of what it improved.',
      });
    }
    if (!hasEntries(answer(data, 'sustain', 'valueCreationStories'))) {
      findings.push({
        path: ['sustain', 'valueCreationStories'],
        atKey: true,
        message: 'No value-creation story is recorded for this review. Add at least one story that follows a contribution from what happened to what it changed.',
      });
    }
    return findings;
  },
} satisfies LintRule;
