import type { AnswersInput } from '../../src/triage';

/** A plain, benign answer set: every required field, all red flags "no". Tests change what they are about. */
export const benignAnswers = (changes: Partial<AnswersInput> = {}): AnswersInput => ({
  chestPain: false,
  sweatingOrNausea: false,
  tearingPain: false,
  fainted: false,
  coughingBlood: false,
  legWeaknessOrNumbness: false,
  bladderBowelChange: false,
  darkUrine: false,
  muscleSwelling: false,
  fever: false,
  weightLoss: false,
  trauma: false,
  painOnDeepBreath: false,
  breathless: 'none',
  radiation: [],
  armNumbness: false,
  armWeakness: false,
  location: ['between_shoulder_blades'],
  severity: 3,
  onset: 'next_day',
  painDays: 1,
  age: 30,
  ...changes,
});
