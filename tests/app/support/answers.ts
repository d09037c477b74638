import type { AnswersDraft } from '../../../src/app/lib/answers-draft';
import { RED_FLAG_FIELDS } from '../../../src/triage';

export { publicVignette } from '../../helpers/vignettes';

/** "No" to every warning sign, and normal breathing. */
export const NO_WARNING_SIGNS: AnswersDraft = {
  ...Object.fromEntries(RED_FLAG_FIELDS.map((field) => [field, false])),
  breathless: 'none',
};

/** Every required answer and none of the follow-ups: a calm, complete set. */
export const REQUIRED_ONLY: AnswersDraft = {
  ...NO_WARNING_SIGNS,
  radiation: [],
  armNumbness: false,
  armWeakness: false,
  rash: false,
  location: ['between_shoulder_blades'],
  severity: 4,
  onset: 'next_day',
  painDays: 1,
  age: 30,
  history: [],
};
