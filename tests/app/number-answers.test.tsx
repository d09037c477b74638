// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/app/features/questionnaire/read-answer';
import { withoutField } from '../../src/app/lib/answers-draft';
import { ANSWERS_KEY } from '../../src/app/lib/answers-storage';
import { answersSchema, type AnswerField, type QuestionnaireItem } from '../../src/triage';
import { REQUIRED_ONLY } from './support/answers';
import { itemFor, pageHref, pressContinue, questionnaire } from './support/answer-page';
import { renderApp } from './support/render-app';

type NumberItem = Extract<QuestionnaireItem, { kind: 'number' }>;

const NUMBER_ITEMS = questionnaire.pages
  .flatMap((page) => page.items)
  .filter((item): item is NumberItem => item.kind === 'number');

function numberItem(field: AnswerField): NumberItem {
  const item = itemFor(field);
  if (item.kind !== 'number') throw new Error(`${field} is not asked as a number`);
  return item;
}

/** What the app reads from the box, as Continue would: the contract value, or the problem's words. */
function read(field: AnswerField, text: string): unknown {
  const answer = readAnswer(questionnaire, numberItem(field), text);
  return answer.ok ? answer.value : { problem: answer.message };
}

const problem = (message: string) => ({ problem: message });

describe('a number answer: each problem named, numbers read as people type them', () => {
  it('asks every number the questionnaire has: the days, the hours and the age', () => {
    expect(NUMBER_ITEMS.map((item) => item.field)).toEqual(['painDays', 'sittingHours', 'age']);
  });

  it('names each problem with its own message: not a number, not whole, too small (with the least), too big (with the most)', () => {
    expect(read('age', 'abc')).toEqual(problem('Enter your age as a number, like 30'));
    expect(read('age', '1e3')).toEqual(problem('Enter your age as a number, like 30'));
    expect(read('age', '12.5')).toEqual(problem('Enter your age as a whole number, like 30'));
    expect(read('age', '-5')).toEqual(problem('Your age must be 12 or more'));
    expect(read('age', '11')).toEqual(problem('Your age must be 12 or more'));
    expect(read('age', '200')).toEqual(problem('Your age must be 120 or less'));
    expect(read('age', '')).toEqual(problem('Enter your age'));
  });

  it('names the problem for the days and the hours too', () => {
    expect(read('painDays', 'abc')).toEqual(problem('Enter how many days it has hurt as a number, like 2'));
    expect(read('painDays', '2.5')).toEqual(problem('Enter how many days it has hurt as a whole number, like 2'));
    expect(read('painDays', '-5')).toEqual(problem('The number of days must be 0 or more'));
    expect(read('painDays', '400')).toEqual(problem('The number of days must be 365 or less'));
    expect(read('painDays', '1e3')).toEqual(problem('Enter how many days it has hurt as a number, like 2'));
    expect(read('sittingHours', 'lots')).toEqual(problem('Enter how many hours a day you sit as a number, like 6'));
    expect(read('sittingHours', '-1')).toEqual(problem('The number of hours must be 0 or more'));
    expect(read('sittingHours', '25')).toEqual(problem('The number of hours must be 24 or less'));
    expect(read('sittingHours', '1e1')).toEqual(problem('Enter how many hours a day you sit as a number, like 6'));
  });

  it('never reads a comma in a whole number as a decimal: "1,000" days is not 1 day', () => {
    expect(read('painDays', '1,000')).toEqual(problem('Enter how many days it has hurt as a whole number, like 2'));
    expect(read('age', '3,5')).toEqual(problem('Enter your age as a whole number, like 30'));
  });

  it('accepts surrounding spaces, Arabic-Indic and Persian digits', () => {
    expect(read('age', '  30  ')).toBe(30);
    expect(read('age', '٣٠')).toBe(30);
    expect(read('age', '۴۵')).toBe(45);
    expect(read('painDays', '٠')).toBe(0);
    expect(read('painDays', ' ۱۲ ')).toBe(12);
    expect(read('age', '٢٠٠')).toEqual(problem('Your age must be 120 or less'));
  });

  it('accepts a decimal comma where a decimal is allowed (hours)', () => {
    expect(read('sittingHours', '6,5')).toBe(6.5);
    expect(read('sittingHours', '6.5')).toBe(6.5);
    expect(read('sittingHours', '٦٫٥')).toBe(6.5);
    expect(read('sittingHours', '۲۴')).toBe(24);
    expect(read('sittingHours', '24,5')).toEqual(problem('The number of hours must be 24 or less'));
  });

  it('gives the same least and most as the answers contract', () => {
    for (const item of NUMBER_ITEMS) {
      const takes = (value: number) => answersSchema.shape[item.field].safeParse(value).success;
      expect([takes(item.min - 1), takes(item.min), takes(item.max), takes(item.max + 1)], item.field).toEqual([
        false,
        true,
        true,
        false,
      ]);
      // And the box takes what the contract takes, at both ends.
      expect([read(item.field, String(item.min)), read(item.field, String(item.max))], item.field).toEqual([item.min, item.max]);
    }
  });
});

describe('a number box on its page', () => {
  /** Opens the field's page with the field not yet answered, types `text` and presses Continue. */
  async function typeAndContinue(field: AnswerField, text: string) {
    const rendered = await renderApp({ answers: withoutField(REQUIRED_ONLY, field), at: pageHref(field) });
    const box = screen.getByRole('textbox', { name: numberItem(field).text });
    await rendered.user.type(box, text);
    await rendered.user.click(screen.getByRole('button', { name: 'Continue' }));
    return { ...rendered, box };
  }

  it.each([
    ['age', '-5', 'Age: your age must be 12 or more'],
    ['age', '1e3', 'Age: enter your age as a number, like 30'],
    ['age', '12.5', 'Age: enter your age as a whole number, like 30'],
    ['painDays', 'abc', 'How long it has hurt: enter how many days it has hurt as a number, like 2'],
    ['sittingHours', '25', 'Hours a day sitting or hunched over a screen: the number of hours must be 24 or less'],
  ] as const)(
    'shows the problem with %s "%s" in the summary and at the box, in the same words, keeping what was typed',
    async (field, text, message) => {
      const { box } = await typeAndContinue(field, text);
      const problems = within(screen.getByRole('alert')).getAllByRole('link');
      expect(problems.map((link) => link.textContent)).toEqual([message]);
      expect(box).toHaveValue(text);
      expect(box).toBeInvalid();
      expect(box).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
      expect(window.location.hash).toBe(pageHref(field));
    },
  );

  it.each([
    ['age', '٣٠', 30],
    ['painDays', ' ۱۲ ', 12],
    ['sittingHours', '6,5', 6.5],
  ] as const)('saves %s "%s" as %s and moves on', async (field, text, value) => {
    const { user } = await typeAndContinue(field, text);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(window.location.hash).not.toBe(pageHref(field)));
    await waitFor(() => {
      const saved = JSON.parse(window.localStorage.getItem(ANSWERS_KEY) ?? '{}') as { answers?: Record<string, unknown> };
      expect(saved.answers?.[field]).toBe(value);
    });
    // Back on the page, the box shows the number read.
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('textbox', { name: numberItem(field).text })).toHaveValue(String(value));
  });

  it('asks for a required number left empty, and lets an optional one be left empty', async () => {
    const { unmount } = await typeAndContinue('painDays', '   ');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['How long it has hurt: enter how many days it has hurt']);
    unmount();

    const { user } = await renderApp({ answers: REQUIRED_ONLY, at: pageHref('sittingHours') });
    await pressContinue(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'About you' })).toBeInTheDocument();
  });
});
