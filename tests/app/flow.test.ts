import { describe, expect, it } from 'vitest';
import { REQUIRED_FIELDS } from '../../src/app/lib/answers-draft';
import { answersInScope, resumeRoute } from '../../src/app/lib/questionnaire/flow';
import { QUESTIONS } from '../../src/app/lib/questionnaire/questions';
import { ANSWER_FIELDS, answersSchema } from '../../src/triage';
import { triageAnswers } from '../helpers/triage';
import { vignetteFiles } from '../helpers/vignettes';
import { REQUIRED_ONLY } from './support/answers';

describe('the questions', () => {
  it('ask for every field of the contract, once', () => {
    expect(QUESTIONS.map((q) => q.field).sort()).toEqual([...ANSWER_FIELDS].sort());
  });

  it('offer only values the contract accepts', () => {
    for (const q of QUESTIONS) {
      if (q.kind === 'number') continue;
      for (const option of q.options) {
        const value = q.kind === 'radios' ? option.value : [option.value];
        expect(answersSchema.shape[q.field].safeParse(value).success, `${q.field}: ${String(option.value)}`).toBe(true);
      }
    }
  });

  it('never make a required question a follow-up', () => {
    expect(QUESTIONS.filter((q) => q.followUp && REQUIRED_FIELDS.includes(q.field))).toEqual([]);
  });
});

describe('skip logic', () => {
  it('keeps a follow-up answer aside while it does not apply', () => {
    const answers = { ...REQUIRED_ONLY, exercises: ['deadlift' as const], shrugs: true as const };
    expect(answersInScope(answers)).not.toHaveProperty('shrugs');
    expect(answersInScope({ ...answers, exercises: ['rows'] })).toHaveProperty('shrugs', true);
  });

  it.each(
    Object.values(vignetteFiles())
      .flat()
      .map((v) => [v.id, v] as const),
  )('does not change the result of vignette %s', async (_id, vignette) => {
    const all = await triageAnswers(vignette.answers);
    const asked = await triageAnswers(answersInScope(vignette.answers));
    expect(asked.disposition).toBe(all.disposition);
    expect(asked.causes.slice(0, 3).map((c) => c.id)).toEqual(all.causes.slice(0, 3).map((c) => c.id));
  });
});

describe('resuming', () => {
  it('picks up after the last answer, and never past an unanswered warning sign', () => {
    expect(resumeRoute({})).toEqual({ page: 'question', field: 'chestPain', changing: false });
    expect(resumeRoute({ chestPain: false, sweatingOrNausea: 'unsure' })).toMatchObject({ field: 'exertionPain' });
    expect(resumeRoute({ chestPain: false, age: 40 })).toMatchObject({ field: 'sweatingOrNausea' });
    expect(resumeRoute({ ...REQUIRED_ONLY, riskFactors: [] })).toMatchObject({ page: 'check' });
  });
});
