import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_FIELDS,
  DISPOSITIONS,
  OPTIONAL_RED_FLAG_FIELDS,
  RED_FLAG_FIELDS,
  RISK_FACTORS,
  type AnswersInput,
  type Disposition,
} from '../src/triage';
import { answersArbitrary, MUSCULAR_CHEST_ANSWERS } from './helpers/answer-arbitrary';
import { triageAnswers } from './helpers/triage';

/** 10,000 generated answer sets per property, as the safety case asks; FAST_CHECK_RUNS may raise it. */
const numRuns = Number(process.env.FAST_CHECK_RUNS ?? 10_000);
const urgency = (d: Disposition) => DISPOSITIONS.length - 1 - DISPOSITIONS.indexOf(d);
const disposition = async (answers: AnswersInput) => (await triageAnswers(answers)).disposition;

/** Each way an answer set can be made more alarming, one step at a time. */
/**
 * The one step that may lower the level, on the contract's own word: a "not sure" to the chest
 * question is never self-care, while a "yes" whose follow-ups all show a sore muscle may be.
 */
const chestNotSureToYesOnAMuscle = (a: AnswersInput, field: string) =>
  field === 'chestPain' &&
  a.chestPain === 'unsure' &&
  Object.entries(MUSCULAR_CHEST_ANSWERS).every(([f, muscular]) => a[f as keyof AnswersInput] === muscular);

/** Each chest follow-up, from the answer that shows a sore muscle to the most worrying, one step at a time. */
const CHEST_FOLLOW_UP_STEPS: Record<keyof typeof MUSCULAR_CHEST_ANSWERS, readonly unknown[]> = {
  chestPainOnPressing: [true, 'unsure', false],
  chestPainOnMoving: [true, 'unsure', false],
  chestPainStart: ['with_soreness', 'during_lift', 'unsure', 'during_exertion', 'at_rest'],
  chestPainHeavy: [false, 'unsure', true],
  chestPainBouts: ['when_used', 'unsure', 'minutes', 'over_15_minutes'],
  thinksHeart: [false, 'unsure', true],
};

const raisings: { name: string; raise: (a: AnswersInput) => AnswersInput | undefined }[] = [
  ...[...RED_FLAG_FIELDS, ...OPTIONAL_RED_FLAG_FIELDS, 'severeAtWorst', 'armNumbness', 'armWeakness', 'rash'].map((field) => ({
    name: field,
    raise: (a: AnswersInput) => {
      if (chestNotSureToYesOnAMuscle(a, field)) return undefined;
      const now = a[field as keyof AnswersInput];
      const next = now === false || now === undefined ? 'unsure' : now === 'unsure' ? true : undefined;
      return next === undefined ? undefined : { ...a, [field]: next };
    },
  })),
  ...[['not_worse', 'unsure', 'far_worse'] as const, ['never_before', 'unsure', 'far_worse'] as const].map((steps) => ({
    name: `soreness compared with before: ${steps.join(' → ')}`,
    raise: (a: AnswersInput) => {
      const now = (steps as readonly unknown[]).indexOf(a.sorenessComparedWithBefore);
      const next = now === -1 ? undefined : steps[now + 1];
      return next === undefined ? undefined : { ...a, sorenessComparedWithBefore: next };
    },
  })),
  ...Object.entries(CHEST_FOLLOW_UP_STEPS).flatMap(([field, steps]) => [
    {
      name: `${field}: one step less like a sore muscle`,
      raise: (a: AnswersInput) => {
        const now = steps.indexOf(a[field as keyof AnswersInput]);
        const next = now === -1 ? undefined : steps[now + 1];
        return next === undefined ? undefined : { ...a, [field]: next };
      },
    },
    {
      // A reassuring follow-up left out (another system's answers) never reassures. (Leaving out a
      // worrying one loses what it said: that may lower the level, as the contract's own fields do.)
      name: `${field}: the answer that shows a sore muscle, not given`,
      raise: (a: AnswersInput) => {
        if (a[field as keyof AnswersInput] !== steps[0]) return undefined;
        const { [field as keyof AnswersInput]: _left, ...rest } = a;
        return rest as AnswersInput;
      },
    },
  ]),
  {
    name: 'breathless',
    raise: (a) => (a.breathless === 'severe' ? undefined : { ...a, breathless: a.breathless === 'none' ? 'mild' : 'severe' }),
  },
  ...(['chest', 'arm'] as const).map((place) => ({
    name: `pain spreading to the ${place}`,
    raise: (a: AnswersInput) => (a.radiation.includes(place) ? undefined : { ...a, radiation: [...a.radiation, place] }),
  })),
  // A check-in: coming back again, and a pain that is no better, or worse, than before.
  { name: 'one more visit for the same pain', raise: (a) => ({ ...a, visit: Math.min(99, (a.visit ?? 1) + 1) }) },
  {
    name: 'trend: better → same → worse',
    raise: (a) => (a.trend === 'worse' ? undefined : { ...a, trend: a.trend === 'better' ? 'same' : 'worse' }),
  },
  { name: 'a day longer', raise: (a) => (a.painDays >= 365 ? undefined : { ...a, painDays: a.painDays + 1 }) },
  ...RISK_FACTORS.map((factor) => ({
    name: `a risk factor: ${factor}`,
    raise: (a: AnswersInput) =>
      a.riskFactors?.includes(factor) ? undefined : { ...a, riskFactors: [...(a.riskFactors ?? []), factor] },
  })),
];

describe('safety properties', { timeout: 600_000 }, () => {
  it('raising any one red flag never lowers the disposition', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, fc.constantFrom(...raisings), async (answers, { raise }) => {
        const raised = raise(answers) ?? answers;
        expect(urgency(await disposition(raised))).toBeGreaterThanOrEqual(urgency(await disposition(answers)));
      }),
      { numRuns },
    );
  });

  it('raising any number of red flags at once never lowers the disposition', async () => {
    await fc.assert(
      fc.asyncProperty(
        answersArbitrary,
        fc.array(fc.nat(raisings.length - 1), { minLength: 1, maxLength: 6 }),
        async (answers, steps) => {
          const raised = steps.reduce((a, i) => raisings[i]!.raise(a) ?? a, answers);
          expect(urgency(await disposition(raised))).toBeGreaterThanOrEqual(urgency(await disposition(answers)));
        },
      ),
      { numRuns },
    );
  });

  it('lowers the level on the chest question only where the contract says so: "not sure" is a doctor, a sore muscle may be self-care', async () => {
    const soreChest = {
      ...(await import('./helpers/vignettes')).publicVignette('doms-classic').answers,
      ...MUSCULAR_CHEST_ANSWERS,
      riskFactors: [],
    };
    expect(await disposition({ ...soreChest, chestPain: true })).toBe('self_care');
    expect(await disposition({ ...soreChest, chestPain: 'unsure' })).toBe('doctor');
  });

  it('an "unsure" red flag never yields self-care', async () => {
    await fc.assert(
      fc.asyncProperty(
        answersArbitrary,
        fc.constantFrom(...RED_FLAG_FIELDS, ...OPTIONAL_RED_FLAG_FIELDS),
        async (answers, field) => {
          expect(await disposition({ ...answers, [field]: 'unsure' })).not.toBe('self_care');
        },
      ),
      { numRuns },
    );
  });

  it('generates every field of the answers contract, so a new optional field is tried too', () => {
    const seen = new Set(fc.sample(answersArbitrary, 500).flatMap((answers) => Object.keys(answers)));
    expect(ANSWER_FIELDS.filter((field) => !seen.has(field))).toEqual([]);
  });

  it('the same answers always give the same result', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        const first = await triageAnswers(answers);
        expect(await triageAnswers(structuredClone(answers))).toEqual(first);
      }),
      { numRuns },
    );
  });
});
