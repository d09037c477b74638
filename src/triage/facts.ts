import { z } from 'zod/mini';
import { ANSWER_FIELDS, type AnswerField, type Answers } from './contract';

/** The longest a pain that began hours or a day after the workout is still read as DOMS (it fades within about a week: 5 to 7 days). */
const DOMS_WINDOW_LAST_DAY = 7;

/**
 * Facts worked out from the answers, so that rules stay simple comparisons.
 * Each names the answers it comes from: the result explains a derived fact by those answers.
 */
export const DERIVED_FACTS = {
  insideDomsWindow: {
    label: `The pain built up a few hours or a day after the workout, not suddenly, and has lasted ${DOMS_WINDOW_LAST_DAY} days or fewer`,
    from: ['onset', 'onsetSpeed', 'painDays'],
    value: z.boolean(),
    // Delayed soreness builds up; a pain that came on within seconds is not it.
    compute: (a: Answers) =>
      (a.onset === 'hours_after' || a.onset === 'next_day') && a.onsetSpeed !== 'sudden' && a.painDays <= DOMS_WINDOW_LAST_DAY,
  },
  notImproving: {
    label: 'The pain is not getting better (or the trend was not given)',
    from: ['trend'],
    value: z.boolean(),
    // An unanswered trend is not taken as "getting better".
    compute: (a: Answers) => a.trend !== 'better',
  },
  noClearInjury: {
    label:
      'Nothing clearly shows an injury: no pop or pull at one moment with one tender spot, and no one tender spot with thin bones (osteoporosis)',
    from: ['feltPop', 'tenderness', 'history'],
    value: z.boolean(),
    // What a clinician accepts as "clearly an injury", and nothing less: age, fitness and a workout as
    // the setting never count (HSIB: a sudden severe pain while lifting weights was taken for a strain,
    // and was an aortic dissection). A missing answer never counts. A fall or blow does not either
    // (a red flag must never lower the level), nor steroids (in a gym they may be anabolic ones,
    // which raise the risk of a dissection). A tender spot with osteoporosis is a fracture, seen today.
    compute: (a: Answers) => !(a.tenderness === 'one_spot' && (a.feltPop === true || a.history.includes('osteoporosis'))),
  },
} satisfies Record<string, { label: string; from: AnswerField[]; value: z.ZodMiniType; compute: (a: Answers) => unknown }>;

export type DerivedFact = keyof typeof DERIVED_FACTS;
const DERIVED_FACT_NAMES = Object.keys(DERIVED_FACTS) as DerivedFact[];
export const FACT_NAMES = [...ANSWER_FIELDS, ...DERIVED_FACT_NAMES] as const;
export type FactName = AnswerField | DerivedFact;

export const isDerivedFact = (name: string): name is DerivedFact => name in DERIVED_FACTS;

/**
 * Every fact the rules may read. An unanswered optional question is `null`, never left undefined,
 * so the engine can refuse any fact a rule names that does not exist.
 */
export function toFacts(answers: Answers): Record<FactName, unknown> {
  const facts = {} as Record<FactName, unknown>;
  for (const field of ANSWER_FIELDS) facts[field] = answers[field] ?? null;
  for (const name of DERIVED_FACT_NAMES) facts[name] = DERIVED_FACTS[name].compute(answers);
  return facts;
}
