import fc from 'fast-check';
import {
  BREATHLESS,
  CHARACTERS,
  CHEST_PAIN_BOUTS,
  CHEST_PAIN_STARTS,
  EXERCISES,
  HISTORY,
  LOCATIONS,
  ONSET_SPEEDS,
  ONSETS,
  OPTIONAL_RED_FLAG_FIELDS,
  RADIATION,
  RED_FLAG_FIELDS,
  RETRACTS,
  RISK_FACTORS,
  SEXES,
  SIDES,
  SORENESS_COMPARED,
  TENDERNESS,
  TRENDS,
  type AnswersInput,
} from '../../src/triage';

/**
 * Red flags are mostly "no", as in real life: with 13 of them, even a 1-in-10 "yes" would make
 * nearly every generated person an emergency and leave the benign paths unexplored.
 */
const flag = fc.oneof(
  { weight: 30, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
  { weight: 1, arbitrary: fc.constant('unsure' as const) },
);
const mostlyNone = <T>(list: fc.Arbitrary<T[]>) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant([] as T[]) }, { weight: 1, arbitrary: list });
const yesNoUnsure = fc.constantFrom(true, false, 'unsure' as const);
const subset = <T>(values: readonly T[], minLength = 0) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength, maxLength: values.length });

const redFlags = Object.fromEntries(RED_FLAG_FIELDS.map((f) => [f, flag])) as Record<
  (typeof RED_FLAG_FIELDS)[number],
  typeof flag
>;

/**
 * The chest pain follow-ups and the answer to each that shows a sore muscle. A generated person
 * mostly gives that answer, so that the path where every follow-up reassures is explored too.
 */
export const MUSCULAR_CHEST_ANSWERS = {
  chestPainOnPressing: true,
  chestPainOnMoving: true,
  chestPainStart: 'with_soreness',
  chestPainHeavy: false,
  chestPainBouts: 'when_used',
  thinksHeart: false,
} as const;
const mostlyMuscular = <T>(muscular: T, all: readonly T[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(muscular) }, { weight: 1, arbitrary: fc.constantFrom(...all) });
const chestFollowUps = {
  chestPainOnPressing: mostlyMuscular<boolean | 'unsure'>(true, [true, false, 'unsure']),
  chestPainOnMoving: mostlyMuscular<boolean | 'unsure'>(true, [true, false, 'unsure']),
  chestPainStart: mostlyMuscular<(typeof CHEST_PAIN_STARTS)[number]>('with_soreness', CHEST_PAIN_STARTS),
  chestPainHeavy: mostlyMuscular<boolean | 'unsure'>(false, [true, false, 'unsure']),
  chestPainBouts: mostlyMuscular<(typeof CHEST_PAIN_BOUTS)[number]>('when_used', CHEST_PAIN_BOUTS),
  thinksHeart: mostlyMuscular<boolean | 'unsure'>(false, [true, false, 'unsure']),
};

/** Any answer set the contract accepts: required fields always, optional ones sometimes. */
export const answersArbitrary: fc.Arbitrary<AnswersInput> = fc.record(
  {
    ...redFlags,
    breathless: fc.oneof({ weight: 14, arbitrary: fc.constant('none' as const) }, fc.constantFrom(...BREATHLESS)),
    radiation: mostlyNone(subset(RADIATION)),
    armNumbness: flag,
    armWeakness: flag,
    rash: flag,
    location: subset(LOCATIONS, 1),
    side: fc.constantFrom(...SIDES),
    character: fc.constantFrom(...CHARACTERS),
    severity: fc.integer({ min: 0, max: 10 }),
    onset: fc.constantFrom(...ONSETS),
    onsetSpeed: fc.constantFrom(...ONSET_SPEEDS),
    painDays: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 365 })),
    trend: fc.constantFrom(...TRENDS),
    tenderness: fc.constantFrom(...TENDERNESS),
    feltPop: fc.boolean(),
    limitsMovement: fc.boolean(),
    nightPain: fc.boolean(),
    exercises: subset(EXERCISES),
    newOrHarder: fc.boolean(),
    retractsShoulders: fc.constantFrom(...RETRACTS),
    shrugs: yesNoUnsure,
    archesBack: yesNoUnsure,
    pushMoreThanPull: fc.boolean(),
    sittingHours: fc.integer({ min: 0, max: 24 }),
    roundedShoulders: fc.boolean(),
    shoulderBladesStickOut: yesNoUnsure,
    age: fc.integer({ min: 12, max: 120 }),
    sex: fc.constantFrom(...SEXES),
    history: mostlyNone(subset(HISTORY)),
    ...Object.fromEntries(OPTIONAL_RED_FLAG_FIELDS.map((f) => [f, flag])),
    severeAtWorst: flag,
    riskFactors: mostlyNone(subset(RISK_FACTORS)),
    ...chestFollowUps,
    sorenessComparedWithBefore: fc.constantFrom(...SORENESS_COMPARED),
    visit: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, fc.integer({ min: 1, max: 99 })),
  },
  {
    requiredKeys: [
      ...RED_FLAG_FIELDS,
      'breathless',
      'radiation',
      'armNumbness',
      'armWeakness',
      'location',
      'severity',
      'onset',
      'painDays',
      'age',
    ],
  },
);
