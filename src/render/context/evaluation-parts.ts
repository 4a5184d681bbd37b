/**
 * Two parts of the evaluation report: participation over the reviews (a table and the numbers
 * of a Mermaid `xychart-beta`), and the value-creation matrix after Wenger, Trayner and de Laat
 * (2011): for each cycle of value, the stories and the indicators that speak to it.
 */
import { valueCycle } from '../../model/enums.js';
import type { CopData } from '../../model/types.js';
import { date, items, num, section, text } from './values.js';
import type { Item } from './values.js';

export function participationView(reviews: Item[]) {
  const rows = reviews.map((r) => {
    const counts = [num(r.coreMembers), num(r.activeMembers), num(r.peripheralMembers)];
    return {
      date: date(r.date),
      core: counts[0]!,
      active: counts[1]!,
      peripheral: counts[2]!,
      newcomers: num(r.newcomers),
      total: counts.some((c) => c !== null) ? counts.reduce<number>((sum, c) => sum + (c ?? 0), 0) : null,
    };
  });
  const counted = rows.filter((r) => r.total !== null);
  const top = Math.max(0, ...counted.map((r) => r.total!));
  return {
    rows,
    chart:
      counted.length === 0
        ? null
        : {
            labels: counted.map((r) => `"${r.date}"`).join(', '),
            totals: counted.map((r) => r.total).join(', '),
            core: counted.map((r) => r.core ?? 0).join(', '),
            // A round ceiling above the highest total, so the bars never touch the top.
            max: Math.max(10, Math.ceil((top * 1.1) / 10) * 10),
          },
  };
}

/** The cycles the framework names, in its order; strategic and enabling value appear when used. */
const CORE_CYCLES = ['immediate', 'potential', 'applied', 'realized', 'reframing'];

export function valueMatrix(data: CopData, reviews: Item[]) {
  const stories = [
    ...reviews.flatMap((r) => items(r.stories).map((s) => ({ cycle: s.cycle, title: text(s.title), when: date(r.date) }))),
    ...items(section(data, 'sustain').valueCreationStories).map((s) => ({ cycle: furthest(s), title: text(s.title), when: date(s.date) })),
  ];
  const indicators = items(section(data, 'sustain').valueIndicators);
  const used = new Set([...stories.map((s) => s.cycle), ...indicators.map((i) => i.cycle)]);
  const cycles = Object.keys(valueCycle.labels).filter((c) => CORE_CYCLES.includes(c) || used.has(c));
  return cycles.map((cycle) => ({
    cycle: valueCycle.labels[cycle as keyof typeof valueCycle.labels],
    stories: stories.filter((s) => s.cycle === cycle && s.title).map((s) => (s.when ? `${s.title} (${s.when})` : s.title!)),
    indicators: indicators
      .filter((i) => i.cycle === cycle)
      .map((i) => text(i.indicator))
      .filter((t): t is string => t !== null),
  }));
}

/** The furthest step a sustain story reached, from the last of its filled-in steps. */
function furthest(story: Item): string | undefined {
  return ['reframing', 'realized', 'applied', 'potential', 'immediate'].find((step) => text(story[step]) !== null);
}

/** The steps of a value-creation story that were filled in, in the framework's order. */
export function storySteps(story: Item) {
  return CORE_CYCLES.map((step) => ({ cycle: valueCycle.labels[step as keyof typeof valueCycle.labels], text: text(story[step]) })).filter((s) => s.text !== null);
}

export function sustainStories(data: CopData) {
  return items(section(data, 'sustain').valueCreationStories).map((s) => ({
    title: text(s.title),
    teller: text(s.teller),
    date: date(s.date),
    steps: storySteps(s),
    consent: s.consentToShare === 'yes',
  }));
}
