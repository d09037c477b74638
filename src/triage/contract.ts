import { z } from 'zod/mini';

/**
 * The answers contract (v1): the one shape in which answers reach the engine,
 * from the questionnaire, the command line and the tests alike.
 * Strict: an unknown field is refused, so a misspelt name never passes for an unanswered question.
 */

/** A yes/no question that may be answered "not sure". "unsure" is never read as "no". */
export const yesNoUnsure = z.literal([true, false, 'unsure']);

export const BREATHLESS = ['none', 'mild', 'severe'] as const;
export const RADIATION = ['arm', 'chest', 'neck_jaw', 'around_ribs'] as const;
export const LOCATIONS = ['between_shoulder_blades', 'shoulder_blade', 'neck_base', 'spine', 'side_ribs', 'lower_back'] as const;
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
/**
 * Added to the contract (optional): conditions that change what a pain may be. The first three are
 * the Aortic Dissection Detection Risk Score's high-risk conditions (Rogers et al., Circulation 2011).
 */
export const RISK_FACTORS = [
  'connective_tissue_disorder',
  'aortic_disease',
  'family_aortic_disease',
  'diabetes',
  'oestrogen',
  'long_travel',
  'smoker',
  // The Marburg Heart Score's "known vascular disease" beyond the heart (Bösner et al., CMAJ 2010),
  // and the cardiovascular risks a chest pain is weighed with (NICE CG95).
  'vascular_disease',
  'high_blood_pressure',
  'high_cholesterol',
  // What a gym user may take that raises the risk of a heart attack or a dissection, and a time of
  // higher risk of a clot and of a torn heart artery (SCAD): asked by name, as people on them do
  // not count them as "steroid tablets" or "injecting drugs".
  'anabolic_steroids',
  'stimulants',
  'pregnancy_or_recent_birth',
] as const;

/** How this soreness compares with any before: far worse, not worse, the first ever, or not sure. */
export const SORENESS_COMPARED = ['far_worse', 'not_worse', 'never_before', 'unsure'] as const;

/** How a chest pain began: with the workout's soreness, at one moment of a lift, in exertion (easing with rest), or at rest. */
export const CHEST_PAIN_STARTS = ['with_soreness', 'during_lift', 'during_exertion', 'at_rest', 'unsure'] as const;
/** How a chest pain comes and goes: a soreness when the muscles are used, bouts of minutes, or over 15 minutes. */
export const CHEST_PAIN_BOUTS = ['when_used', 'minutes', 'over_15_minutes', 'unsure'] as const;

const wholeNumber = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

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
  rash: z._default(yesNoUnsure, false),

  // The pain.
  location: z.array(z.enum(LOCATIONS)).check(z.minLength(1, 'choose at least one place where it hurts')),
  side: z.optional(z.enum(SIDES)),
  character: z.optional(z.enum(CHARACTERS)),
  severity: wholeNumber(0, 10),
  onset: z.enum(ONSETS),
  onsetSpeed: z.optional(z.enum(ONSET_SPEEDS)),
  painDays: wholeNumber(0, 365),
  trend: z.optional(z.enum(TRENDS)),
  tenderness: z.optional(z.enum(TENDERNESS)),
  feltPop: z.optional(z.boolean()),
  limitsMovement: z.optional(z.boolean()),
  nightPain: z.optional(z.boolean()),

  // The workout and daily posture.
  exercises: z.optional(z.array(z.enum(EXERCISES))),
  newOrHarder: z.optional(z.boolean()),
  retractsShoulders: z.optional(z.enum(RETRACTS)),
  shrugs: z.optional(yesNoUnsure),
  archesBack: z.optional(yesNoUnsure),
  pushMoreThanPull: z.optional(z.boolean()),
  sittingHours: z.optional(z.number().check(z.minimum(0), z.maximum(24))),
  roundedShoulders: z.optional(z.boolean()),
  shoulderBladesStickOut: z.optional(yesNoUnsure),

  // The person.
  age: wholeNumber(12, 120),
  sex: z.optional(z.enum(SEXES)),
  history: z._default(z.array(z.enum(HISTORY)), []),

  // Added to the contract, all optional: the parts of the warning signs one question cannot ask.
  severeAtWorst: z.optional(yesNoUnsure),
  exertionPain: z.optional(yesNoUnsure),
  calfSwelling: z.optional(yesNoUnsure),
  riskFactors: z.optional(z.array(z.enum(RISK_FACTORS))),
  // One thing a question: the contract's muscleSwelling also holds "far worse than ever", which a
  // beginner cannot compare; and a swollen arm, which nothing else asks (a clot after rows or pull-ups).
  sorenessComparedWithBefore: z.optional(z.enum(SORENESS_COMPARED)),
  armSwelling: z.optional(yesNoUnsure),

  // Added to the contract, all optional: what a clinician asks about a chest pain, to tell a sore
  // chest muscle from the heart (asked when there is chest pain, or a "not sure").
  chestPainOnPressing: z.optional(yesNoUnsure),
  chestPainOnMoving: z.optional(yesNoUnsure),
  chestPainStart: z.optional(z.enum(CHEST_PAIN_STARTS)),
  chestPainHeavy: z.optional(yesNoUnsure),
  chestPainBouts: z.optional(z.enum(CHEST_PAIN_BOUTS)),
  thinksHeart: z.optional(yesNoUnsure),

  // Added to the contract, optional: which visit for this same pain the answers are (1 the first,
  // 2 the first check-in, …). A check-in asks the warning signs and the pain again; the rest is
  // carried from the visit before. Coming back is itself a warning sign (BMJ Qual Saf 2024).
  visit: z.optional(wholeNumber(1, 99)),
});

/** Answers as they arrive (defaults not yet applied). */
export type AnswersInput = z.input<typeof answersSchema>;
/** Answers after validation: `rash` and `history` always present. */
export type Answers = z.infer<typeof answersSchema>;
export type AnswerField = keyof Answers;

export const ANSWER_FIELDS = Object.keys(answersSchema.shape) as AnswerField[];

/** The fields the contract insists on; the others are optional or have a default. */
export const REQUIRED_FIELDS: readonly AnswerField[] = ANSWER_FIELDS.filter(
  (field) => !answersSchema.shape[field].safeParse(undefined).success,
);

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

/** Warning signs added to the contract as optional fields; "not sure" is never "no" for them either. */
export const OPTIONAL_RED_FLAG_FIELDS = ['exertionPain', 'calfSwelling', 'armSwelling'] as const satisfies readonly AnswerField[];

/** The result's levels, most urgent first. */
export const DISPOSITIONS = ['emergency', 'urgent', 'doctor', 'self_care'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Cause ids the contract names; the serious ones need a clinician, the likely ones are self-care. */
const SERIOUS_CAUSES = [
  'heart_attack',
  'aortic_dissection',
  'spinal_cord_compression',
  'lung_problem',
  'rhabdomyolysis',
  'spinal_infection',
  'fracture',
  'serious_illness',
  'arm_clot',
  'shingles',
  'nerve_irritation',
] as const;
export const LIKELY_CAUSES = ['doms', 'muscle_strain', 'posture_dominance', 'form_error', 'pec_minor_tightness'] as const;
export const CAUSE_IDS = [...SERIOUS_CAUSES, ...LIKELY_CAUSES] as const;
export type CauseId = (typeof CAUSE_IDS)[number];
