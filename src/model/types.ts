/** The TypeScript view of cop.yaml, inferred from the registry: no second copy of the field list. */
import type { stageStatus } from './enums.js';
import type { review } from './stages/review.js';
import type { design, grow, inquire, launch, prototype, setup, sustain } from './stage-order.js';
import type { LifecycleStageId } from './stage-order.js';
import type { StageAnswers } from './spec.js';

export type StageStatus = keyof typeof stageStatus.labels;

export interface ProgressEntry {
  status?: StageStatus;
  updated?: string;
}

export interface HistoryEntry {
  revision?: number;
  date?: string;
  summary?: string;
}

export interface CopData {
  copkit: number;
  revision?: number;
  updated?: string;
  setup?: StageAnswers<typeof setup>;
  progress?: Partial<Record<LifecycleStageId, ProgressEntry>>;
  inquire?: StageAnswers<typeof inquire>;
  design?: StageAnswers<typeof design>;
  prototype?: StageAnswers<typeof prototype>;
  launch?: StageAnswers<typeof launch>;
  grow?: StageAnswers<typeof grow>;
  sustain?: StageAnswers<typeof sustain>;
  /** The review `copkit review` is recording, until it is filed. */
  review?: StageAnswers<typeof review>;
  /** Reviews held, oldest first. */
  reviews?: StageAnswers<typeof review>[];
  render?: { outDir?: string; templates?: string; formats?: string[] };
  lint?: { disable?: string[] };
  history?: HistoryEntry[];
}
