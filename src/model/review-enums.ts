/** The closed sets of values a review uses (`copkit review`), with the labels people see. */
import { defineEnum } from './enums.js';

/** How a goal stands at a review. */
export const goalStatus = defineEnum('goalStatus', {
  met: 'Met',
  onTrack: 'On track',
  atRisk: 'At risk',
  missed: 'Missed',
  dropped: 'Dropped',
});

/** The core group's health check (DOMAIN.md 7.3), one value per question. */
export const healthCheckQuestion = defineEnum('healthCheckQuestion', {
  domainEnergy: 'Does the domain still energise people?',
  sharedLeadership: 'Is leadership spread across the core group?',
  realPractice: 'Do conversations deal with real practice?',
  trust: 'Is there enough trust to admit problems?',
  rhythm: 'Is the rhythm right?',
  sponsorship: 'Is sponsorship visible but light?',
  resources: 'Are resources adequate?',
  liveTension: 'Is the tension the community lives with right now under control?',
});

/** What a review decision does to the design when it is applied. */
export const decisionChange = defineEnum('decisionChange', {
  none: 'Nothing in the design (a note for the record)',
  addGoal: 'Add a goal',
  retireActivity: 'Retire an activity',
  handOverRole: 'Hand a role over to someone else',
});
