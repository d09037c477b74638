// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANSWERS_KEY } from '../../src/app/lib/answers-storage';
import { QUESTIONS } from '../../src/app/lib/questionnaire/questions';
import { answersSchema, type AnswerField } from '../../src/triage';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const NUMBER_PAGES = {
  painDays: { heading: 'How many days has it hurt?', next: /getting better or worse/i },
  sittingHours: { heading: /how many hours do you spend sitting/i, next: /shoulders rounded/i },
  age: { heading: 'How old are you?', next: 'What is your sex?' },
} as const;

type NumberField = keyof typeof NUMBER_PAGES;

/** Opens the field's page, types `text` into its box and presses Continue. */
async function answer(field: NumberField, text: string) {
  const rendered = await renderApp({ answers: { ...REQUIRED_ONLY, [field]: undefined }, at: `#/question/${field}` });
  const { user } = rendered;
  await user.type(screen.getByRole('textbox', { name: NUMBER_PAGES[field].heading }), text);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return rendered;
}

/** The error the page shows for what was typed: in the summary and at the field, the same words. */
async function errorFor(field: NumberField, text: string): Promise<string> {
  const { unmount } = await answer(field, text);
  const summary = screen.getByRole('alert');
  const box = screen.getByRole('textbox', { name: NUMBER_PAGES[field].heading });
  expect(box).toBeInvalid();
  expect(box).toHaveValue(text);
  const message = summary.querySelector('a')?.textContent ?? '';
  expect(box).toHaveAccessibleDescription(expect.stringContaining(`Error: ${message}`));
  unmount();
  return message;
}

/** What the app saved for the field, after moving on to the next page. */
async function savedFor(field: NumberField, text: string): Promise<unknown> {
  const { unmount } = await answer(field, text);
  expect(await screen.findByRole('heading', { level: 1, name: NUMBER_PAGES[field].next })).toBeInTheDocument();
  const saved = await waitFor(() => {
    const answers = (JSON.parse(window.localStorage.getItem(ANSWERS_KEY) ?? '{}') as { answers?: Record<string, unknown> })
      .answers;
    expect(answers?.[field]).not.toBeUndefined();
    return answers?.[field];
  });
  unmount();
  return saved;
}

describe('a number answer: each problem named, numbers read as people type them', () => {
  it('names each problem with its own message: not a number, not whole, too small (with the least), too big (with the most)', async () => {
    expect(await errorFor('age', 'abc')).toBe('Enter your age as a number, like 30');
    expect(await errorFor('age', '1e3')).toBe('Enter your age as a number, like 30');
    expect(await errorFor('age', '12.5')).toBe('Enter your age as a whole number, like 30');
    expect(await errorFor('age', '-5')).toBe('Your age must be 12 or more');
    expect(await errorFor('age', '11')).toBe('Your age must be 12 or more');
    expect(await errorFor('age', '200')).toBe('Your age must be 120 or less');
  });

  it('names the problem for the days and the hours too', async () => {
    expect(await errorFor('painDays', 'abc')).toBe('Enter how many days it has hurt as a number, like 2');
    expect(await errorFor('painDays', '2.5')).toBe('Enter how many days it has hurt as a whole number, like 2');
    expect(await errorFor('painDays', '-5')).toBe('The number of days must be 0 or more');
    expect(await errorFor('painDays', '400')).toBe('The number of days must be 365 or less');
    expect(await errorFor('sittingHours', 'lots')).toBe('Enter how many hours a day you sit as a number, like 6');
    expect(await errorFor('sittingHours', '-1')).toBe('The number of hours must be 0 or more');
    expect(await errorFor('sittingHours', '25')).toBe('The number of hours must be 24 or less');
  });

  it('never reads a comma in a whole number as a decimal: "1,000" days is not 1 day', async () => {
    expect(await errorFor('painDays', '1,000')).toBe('Enter how many days it has hurt as a whole number, like 2');
  });

  it('accepts surrounding spaces, Arabic-Indic and Persian digits', async () => {
    expect(await savedFor('age', '  30  ')).toBe(30);
    expect(await savedFor('age', '٣٠')).toBe(30);
    expect(await savedFor('age', '۴۵')).toBe(45);
    expect(await savedFor('painDays', '٠')).toBe(0);
    expect(await savedFor('painDays', ' ۱۲ ')).toBe(12);
  });

  it('accepts a decimal comma where a decimal is allowed (hours)', async () => {
    expect(await savedFor('sittingHours', '6,5')).toBe(6.5);
    expect(await savedFor('sittingHours', '6.5')).toBe(6.5);
    expect(await savedFor('sittingHours', '٦٫٥')).toBe(6.5);
    expect(await savedFor('sittingHours', '۲۴')).toBe(24);
  });

  it('gives the same least and most as the answers contract', () => {
    for (const question of QUESTIONS) {
      if (question.kind !== 'number') continue;
      const field: AnswerField = question.field;
      const takes = (value: number) => answersSchema.shape[field].safeParse(value).success;
      expect([takes(question.min - 1), takes(question.min), takes(question.max), takes(question.max + 1)], field).toEqual([
        false,
        true,
        true,
        false,
      ]);
    }
  });
});
