/** How the social architecture meets the technical one: which activities happen in which channel. */
import type { CopData } from '../model/types.js';
import { items, strings, text } from './read.js';
import type { Item } from './read.js';

/** The channel ids the activities name, with the activities that name each. */
export function channelUse(data: CopData): { anyLinked: boolean; activitiesIn: (channel: Item<'design', 'channels'>) => Item<'design', 'activities'>[] } {
  const activities = items(data, 'design', 'activities');
  const anyLinked = activities.some((a) => strings(a.fields.channels).length > 0);
  return {
    anyLinked,
    activitiesIn: (channel) => {
      const id = text(channel.fields.id);
      return id ? activities.filter((a) => strings(a.fields.channels).includes(id)) : [];
    },
  };
}
