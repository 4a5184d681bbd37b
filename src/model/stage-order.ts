/**
 * Setup and the six stages in their fixed order, and the ids typed from them. Kept apart from
 * `registry.ts` so that the typed answer paths (`answers.ts`) and the document types can build on
 * the stage list without importing the registry, which in turn builds on them.
 */
import { design } from './stages/design.js';
import { grow } from './stages/grow.js';
import { inquire } from './stages/inquire.js';
import { launch } from './stages/launch.js';
import { prototype } from './stages/prototype.js';
import { setup } from './stages/setup.js';
import { sustain } from './stages/sustain.js';

export { design, grow, inquire, launch, prototype, setup, sustain };

/** The six stages of Cambridge, Kaplan & Suter (2005), always in this order. */
export const lifecycleStages = [inquire, design, prototype, launch, grow, sustain] as const;

/** Setup, then the six stages. */
export const allStages = [setup, ...lifecycleStages] as const;

export type LifecycleStageId = (typeof lifecycleStages)[number]['id'];
export type StageId = (typeof allStages)[number]['id'];
