/**
 * Which activity formats and channel purposes count as support for each purpose area
 * (DOMAIN.md 3.8, used by purpose-area-unsupported). Data, so the reference page can show it.
 */
import type { activityFormat, channelPurpose, purposeArea } from '../model/enums.js';

type Keys<E> = E extends { labels: infer L } ? keyof L & string : never;
export type PurposeArea = Keys<typeof purposeArea>;

export interface PurposeSupport {
  readonly formats: readonly Keys<typeof activityFormat>[];
  readonly channelPurposes: readonly Keys<typeof channelPurpose>[];
}

export const purposeSupport: Readonly<Record<PurposeArea, PurposeSupport>> = {
  developingRelationships: {
    formats: ['networkingEvent', 'socialEvent', 'mentoring', 'meeting'],
    channelPurposes: ['memberDirectory'],
  },
  learningAndDevelopingPractice: {
    formats: ['webinar', 'caseClinic', 'showAndTell', 'discussionThread', 'workshop', 'siteVisit', 'mentoring'],
    channelPurposes: [],
  },
  carryingOutTasksAndProjects: {
    formats: ['groupProject', 'workingSession'],
    channelPurposes: ['projectWorkspace'],
  },
  creatingNewKnowledge: {
    formats: ['inquiryProject', 'documentationProject', 'knowledgeMapping', 'workshop'],
    channelPurposes: [],
  },
};
