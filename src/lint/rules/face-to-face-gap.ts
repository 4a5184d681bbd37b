import type { LintRule } from '../types.js';
import { answer, items } from '../read.js';

const IN_PERSON = new Set(['faceToFace', 'hybrid']);

export const faceToFaceGap = {
  id: 'face-to-face-gap',
  severity: 'warning',
  appliesWhen: { stage: 'design', from: 'finished' },
  reads: ['inquire.faceToFaceImportance', 'design.activities[].mode', 'design.channels[].mode'],
  source: 'Cambridge, Kaplan & Suter (2005): a blend of face-to-face meetings, live online events and collaboration over time builds a sense of place.',
  summary: 'If meeting in person matters to the audience, something in the design happens in person.',
  why: "You said in Inquire that meeting in person matters to this audience's learning and trust. A design that is entirely online then works against what you found: trust built face to face is what makes people ask each other for help later.",
  fix: 'Add an activity (or channel) whose `mode` is `faceToFace` or `hybrid`, even a couple of days a year, or revisit `inquire.faceToFaceImportance` if in-person contact matters less than you thought.',
  check(data) {
    const importance = answer(data, 'inquire', 'faceToFaceImportance');
    if (importance !== 'essential' && importance !== 'important') return [];
    const modes = [...items(data, 'design', 'activities'), ...items(data, 'design', 'channels')].map((i) => i.fields.mode);
    if (modes.some((m) => typeof m === 'string' && IN_PERSON.has(m))) return [];
    return [
      {
        path: ['design', 'activities'],
        atKey: true,
        message: `Meeting in person is ${importance} for this audience, but no activity or channel is face to face or hybrid. Add an in-person or hybrid activity, even a few times a year, or revisit how much in-person contact matters.`,
      },
    ];
  },
} satisfies LintRule;
