import { describe, expect, it } from 'vitest';
import { canOpen, isComplete, resumeRoute, routeAfter, routeAfterChange } from '../../src/app/lib/questionnaire/flow';
import { answersInScope, enabledPages, shippedRuleSet } from '../../src/triage';
import { triageAnswers } from '../helpers/triage';
import { vignetteFiles } from '../helpers/vignettes';
import { REQUIRED_ONLY } from './support/answers';

const { questionnaire } = shippedRuleSet();
const pageIds = (draft: Parameters<typeof enabledPages>[1]) => enabledPages(questionnaire, draft).map((page) => page.id);

describe('which pages and questions are asked', () => {
  it('asks about the workout only when the pain started around one', () => {
    expect(pageIds({ ...REQUIRED_ONLY, onset: 'next_day' })).toContain('workout');
    expect(pageIds({ ...REQUIRED_ONLY, onset: 'not_after_workout' })).not.toContain('workout');
  });

  it('asks the form questions only for the exercises that were done, or when the workout was not said', () => {
    const formFields = (draft: Parameters<typeof enabledPages>[1]) =>
      enabledPages(questionnaire, draft)
        .find((page) => page.id === 'form-and-posture')!
        .items.map((item) => item.field);
    expect(formFields({ ...REQUIRED_ONLY, exercises: ['deadlift'] })).toEqual(
      expect.arrayContaining(['retractsShoulders', 'pushMoreThanPull']),
    );
    expect(formFields({ ...REQUIRED_ONLY, exercises: ['deadlift'] })).not.toContain('shrugs');
    expect(formFields({ ...REQUIRED_ONLY, exercises: ['rows'] })).toContain('shrugs');
    expect(formFields({ ...REQUIRED_ONLY, exercises: [] })).not.toContain('retractsShoulders');
    expect(formFields(REQUIRED_ONLY)).toEqual(expect.arrayContaining(['retractsShoulders', 'shrugs', 'archesBack']));
  });

  it('keeps an answer aside while its question is not asked', () => {
    const answers = { ...REQUIRED_ONLY, exercises: ['deadlift' as const], shrugs: true as const };
    expect(answersInScope(questionnaire, answers)).not.toHaveProperty('shrugs');
    expect(answersInScope(questionnaire, { ...answers, exercises: ['rows'] })).toHaveProperty('shrugs', true);
  });

  it.each(
    Object.values(vignetteFiles())
      .flat()
      .map((v) => [v.id, v] as const),
  )('does not change the result of vignette %s', async (_id, vignette) => {
    const all = await triageAnswers(vignette.answers);
    const asked = await triageAnswers(answersInScope(questionnaire, vignette.answers));
    expect(asked.disposition).toBe(all.disposition);
    expect(asked.causes.slice(0, 3).map((c) => c.id)).toEqual(all.causes.slice(0, 3).map((c) => c.id));
  });
});

describe('moving through the pages', () => {
  it('goes page by page to the check page, skipping a page that is not asked', () => {
    expect(routeAfter(questionnaire, 'heart-signs', {})).toEqual({ page: 'questions', id: 'how-it-started', changing: false });
    expect(routeAfter(questionnaire, 'timing-and-course', { onset: 'not_after_workout' })).toMatchObject({
      id: 'form-and-posture',
    });
    expect(routeAfter(questionnaire, 'about-you', REQUIRED_ONLY)).toEqual({ page: 'check' });
  });

  it('after a change that opens a page, asks it before going back to the check page', () => {
    const noWorkout = { ...REQUIRED_ONLY, onset: 'not_after_workout' as const };
    expect(routeAfterChange(questionnaire, 'timing-and-course', REQUIRED_ONLY, { ...REQUIRED_ONLY, nightPain: true })).toEqual({
      page: 'check',
    });
    expect(routeAfterChange(questionnaire, 'timing-and-course', noWorkout, { ...noWorkout, onset: 'next_day' })).toEqual({
      page: 'questions',
      id: 'workout',
      changing: true,
    });
  });

  it('picks up after the last page answered, and never past an unanswered warning sign', () => {
    expect(resumeRoute(questionnaire, {})).toEqual({ page: 'questions', id: 'heart-signs', changing: false });
    expect(resumeRoute(questionnaire, { chestPain: false, sweatingOrNausea: 'unsure' })).toMatchObject({ id: 'how-it-started' });
    expect(resumeRoute(questionnaire, { chestPain: false, age: 40 })).toMatchObject({ id: 'heart-signs' });
    expect(resumeRoute(questionnaire, { ...REQUIRED_ONLY, riskFactors: [] })).toEqual({ page: 'check' });
  });

  it('opens a page only when every required question before it is answered', () => {
    expect(canOpen(questionnaire, 'heart-signs', {})).toBe(true);
    expect(canOpen(questionnaire, 'about-you', { chestPain: false })).toBe(false);
    expect(canOpen(questionnaire, 'about-you', REQUIRED_ONLY)).toBe(true);
    expect(canOpen(questionnaire, 'no-such-page', REQUIRED_ONLY)).toBe(false);
  });

  it('is complete only when every required question asked is answered, "Not sure" counting as an answer', () => {
    expect(isComplete(questionnaire, REQUIRED_ONLY)).toBe(true);
    expect(isComplete(questionnaire, { ...REQUIRED_ONLY, chestPain: 'unsure' })).toBe(true);
    const { rash: _rash, ...withoutRash } = REQUIRED_ONLY;
    expect(isComplete(questionnaire, withoutRash)).toBe(false);
  });
});
