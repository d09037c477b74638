import { z } from 'zod';

/**
 * The answers contract (v1): the one shape in which answers reach the engine,
 * from the questionnaire, the command line and the tests alike.
 * Strict: an unknown field is refused, so a misspelt name never passes for an unanswered question.
 */

/** A yes/no question that may be answered "not sure". "unsure" is never read as "no". */
export const yesNoUnsure = z.literal([true, false, 'unsure']);
export type YesNoUnsure = z.infer<typeof yesNoUnsure>;

export const BREATHLESS = ['none', 'mild', 'severe'] as const;
export const RADIATION = ['arm', 'chest', 'neck_jaw', 'around_ribs'] as const;
export const LOCATIONS = [
  'between_shoulder_blades',
  'shoulder_blade',
  'neck_base',
  'spine',
  'side_ribs',
  'lower_back',
] as const;
export const SIDES = ['left', 'right', 'both', 'middle'] as const;
export const CHARACTERS = ['ache', 'tight', 'sharp', 'burning', 'pressure'] as const;
export const ONSETS = ['during_workout', 'hours_after', 'next_day', 'days_after', 'not_after_workout'] as const;
export const ONSET_SPEEDS = ['sudden', 'gradual'] as const;
export const TRENDS = ['better', 'same', 'worse'] as const;
export const TENDERNESS = ['none', 'spread_out', 'one_spot'] as const;
export const EXERCISES = ['push_ups', 'bench_press', 'rows', 'pull_ups', 'overhead_press', 'deadlift', 'other'] as const;
export const RETRACTS = ['yes', 'no', 'unsure'] as const;
export const SEXES = ['female', 'male', 'other'] as const;
export const HISTORY = [
  'cancer',
  'osteoporosis',
  'long_term_steroids',
  'weakened_immunity',
  'injected_drugs',
  'recent_surgery_or_immobility',
  'blood_clot',
  'heart_disease',
] as const;

const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

export const answersSchema = z.strictObject({
  // Red-flag screen: all required.
  chestPain: yesNoUnsure,
  sweatingOrNausea: yesNoUnsure,
  tearingPain: yesNoUnsure,
  fainted: yesNoUnsure,
  coughingBlood: yesNoUnsure,
  legWeaknessOrNumbness: yesNoUnsure,
  bladderBowelChange: yesNoUnsure,
  darkUrine: yesNoUnsure,
  muscleSwelling: yesNoUnsure,
  fever: yesNoUnsure,
  weightLoss: yesNoUnsure,
  trauma: yesNoUnsure,
  painOnDeepBreath: yesNoUnsure,
  breathless: z.enum(BREATHLESS),

  // Arms, skin and spread.
  radiation: z.array(z.enum(RADIATION)),
  armNumbness: yesNoUnsure,
  armWeakness: yesNoUnsure,
  rash: yesNoUnsure.default(false),

  // The pain.
  location: z.array(z.enum(LOCATIONS)).min(1, 'choose at least one place where it hurts'),
  side: z.enum(SIDES).optional(),
  character: z.enum(CHARACTERS).optional(),
  severity: wholeNumber(0, 10),
  onset: z.enum(ONSETS),
  onsetSpeed: z.enum(ONSET_SPEEDS).optional(),
  painDays: wholeNumber(0, 365),
  trend: z.enum(TRENDS).optional(),
  tenderness: z.enum(TENDERNESS).optional(),
  feltPop: z.boolean().optional(),
  limitsMovement: z.boolean().optional(),
  nightPain: z.boolean().optional(),

  // The workout and daily posture.
  exercises: z.array(z.enum(EXERCISES)).optional(),
  newOrHarder: z.boolean().optional(),
  retractsShoulders: z.enum(RETRACTS).optional(),
  shrugs: yesNoUnsure.optional(),
  archesBack: yesNoUnsure.optional(),
  pushMoreThanPull: z.boolean().optional(),
  sittingHours: z.number().min(0).max(24).optional(),
  roundedShoulders: z.boolean().optional(),
  shoulderBladesStickOut: yesNoUnsure.optional(),

  // The person.
  age: wholeNumber(12, 120),
  sex: z.enum(SEXES).optional(),
  history: z.array(z.enum(HISTORY)).default([]),
});

/** Answers as they arrive (defaults not yet applied). */
export type AnswersInput = z.input<typeof answersSchema>;
/** Answers after validation: `rash` and `history` always present. */
export type Answers = z.infer<typeof answersSchema>;
export type AnswerField = keyof Answers;

export const ANSWER_FIELDS = Object.keys(answersSchema.shape) as AnswerField[];

/** The red-flag questions that may be answered "not sure". */
export const RED_FLAG_FIELDS = [
  'chestPain',
  'sweatingOrNausea',
  'tearingPain',
  'fainted',
  'coughingBlood',
  'legWeaknessOrNumbness',
  'bladderBowelChange',
  'darkUrine',
  'muscleSwelling',
  'fever',
  'weightLoss',
  'trauma',
  'painOnDeepBreath',
] as const satisfies readonly AnswerField[];

/** The result's levels, most urgent first. */
export const DISPOSITIONS = ['emergency', 'urgent', 'doctor', 'self_care'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Cause ids the contract names; the serious ones need a clinician, the likely ones are self-care. */
export const SERIOUS_CAUSES = [
  'heart_attack',
  'aortic_dissection',
  'spinal_cord_compression',
  'lung_problem',
  'rhabdomyolysis',
  'spinal_infection',
  'fracture',
  'serious_illness',
  'shingles',
  'nerve_irritation',
] as const;
export const LIKELY_CAUSES = ['doms', 'muscle_strain', 'posture_dominance', 'form_error', 'pec_minor_tightness'] as const;
export const CAUSE_IDS = [...SERIOUS_CAUSES, ...LIKELY_CAUSES] as const;
export type CauseId = (typeof CAUSE_IDS)[number];
