import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISPOSITIONS,
  OPTIONAL_RED_FLAG_FIELDS,
  RED_FLAG_FIELDS,
  RISK_FACTORS,
  type AnswersInput,
  type Disposition,
} from '../src/triage';
import { answersArbitrary } from './helpers/answer-arbitrary';
import { triageAnswers } from './helpers/triage';

/** 10,000 generated answer sets per property, as the safety case asks; FAST_CHECK_RUNS may raise it. */
const numRuns = Number(process.env.FAST_CHECK_RUNS ?? 10_000);
const urgency = (d: Disposition) => DISPOSITIONS.length - 1 - DISPOSITIONS.indexOf(d);
const disposition = async (answers: AnswersInput) => (await triageAnswers(answers)).disposition;

/** Each way an answer set can be made more alarming, one step at a time. */
const raisings: { name: string; raise: (a: AnswersInput) => AnswersInput | undefined }[] = [
  ...[...RED_FLAG_FIELDS, ...OPTIONAL_RED_FLAG_FIELDS, 'armNumbness', 'armWeakness', 'rash'].map((field) => ({
    name: field,
    raise: (a: AnswersInput) => {
      const now = a[field as keyof AnswersInput];
      const next = now === false || now === undefined ? 'unsure' : now === 'unsure' ? true : undefined;
      return next === undefined ? undefined : { ...a, [field]: next };
    },
  })),
  {
    name: 'breathless',
    raise: (a) => (a.breathless === 'severe' ? undefined : { ...a, breathless: a.breathless === 'none' ? 'mild' : 'severe' }),
  },
  ...(['chest', 'arm'] as const).map((place) => ({
    name: `pain spreading to the ${place}`,
    raise: (a: AnswersInput) => (a.radiation.includes(place) ? undefined : { ...a, radiation: [...a.radiation, place] }),
  })),
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

  it('the same answers always give the same result', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        const first = await triageAnswers(answers);
        expect(await triageAnswers(structuredClone(answers))).toEqual(first);
      }),
      { numRuns },
    );
  });

  it('every valid answer set gets exactly one disposition, and no error', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        const result = await triageAnswers(answers);
        expect(DISPOSITIONS).toContain(result.disposition);
      }),
      { numRuns },
    );
  });
});
