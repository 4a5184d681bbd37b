import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CopFile } from '../../src/document/cop-file.js';
import { findStage } from '../../src/model/registry.js';
import type { CopData } from '../../src/model/types.js';
import type { Asker } from '../../src/wizard/asker.js';
import { askQuestion, runInit, runStage } from '../../src/wizard/run.js';
import { scriptedAsker } from '../../src/wizard/scripted-asker.js';
import type { Responder, ScriptedAsker, Step } from '../../src/wizard/scripted-asker.js';
import { WizardSession } from '../../src/wizard/session.js';
import { tempDir } from './tmp.js';

export const TODAY = '2026-11-26';

export interface Scene {
  dir: string;
  path: string;
  asker: ScriptedAsker;
  session: WizardSession;
  /** cop.yaml as it is on disk now. */
  onDisk(): CopData;
}

/** A folder holding `yaml` as cop.yaml (or none), and a session over it answered by `script`. */
export async function scene(yaml: string | undefined, script: readonly Step[] | Responder, wrap?: (asker: ScriptedAsker, onDisk: () => CopData) => Asker): Promise<Scene & { wrapped: Asker }> {
  const dir = tempDir();
  const path = join(dir, 'cop.yaml');
  if (yaml !== undefined) writeFileSync(path, yaml);
  const file = yaml === undefined ? CopFile.create(path) : await CopFile.load(path);
  const asker = scriptedAsker(script);
  const onDisk = () => (existsSync(path) ? (parse(readFileSync(path, 'utf8')) as CopData) : ({} as CopData));
  const session = new WizardSession(file, () => TODAY);
  return { dir, path, asker, session, onDisk, wrapped: wrap ? wrap(asker, onDisk) : asker };
}

/** Ask one question of a stage and return the design as saved. */
export async function answerOne(yaml: string | undefined, stageId: string, key: string, script: readonly Step[]) {
  const s = await scene(yaml, script);
  await askQuestion({ asker: s.asker, session: s.session }, findStage(stageId)!, key);
  return { ...s, saved: s.onDisk() };
}

export async function walkStage(yaml: string | undefined, stageId: string, script: readonly Step[] | Responder) {
  const s = await scene(yaml, script);
  await runStage({ asker: s.asker, session: s.session }, findStage(stageId)!, { answered: new Set(), resumeCommand: `copkit stage ${stageId}` });
  return { ...s, saved: s.onDisk() };
}

export async function walkInit(yaml: string | undefined, script: readonly Step[] | Responder) {
  const s = await scene(yaml, script);
  await runInit({ asker: s.asker, session: s.session }, { answered: new Set(), resumeCommand: 'copkit init' });
  return { ...s, saved: s.onDisk() };
}

export const SETUP_DONE = `copkit: 1
revision: 1
setup:
  communityName: Copier Tips
  organizationType: corporate
  facilitatorName: Ana Lima
`;
