// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withoutField, type AnswersDraft } from '../../src/app/lib/answers-draft';
import { ANSWERS_KEY } from '../../src/app/lib/answers-storage';
import { OPTIONAL_RED_FLAG_FIELDS, RED_FLAG_FIELDS, type AnswerField } from '../../src/triage';
import { REQUIRED_ONLY } from './support/answers';
import { answerPage, itemFor, pageOf, pressContinue, questionnaire, questionOnScreen } from './support/answer-page';
import { renderApp } from './support/render-app';

const CHEST = 'Do you have any pain, pressure, squeezing or tightness in your chest?';
const SWEAT = 'With the pain, have you had a cold sweat, felt sick, been sick or felt light-headed?';
const EXERTION =
  'Does the pain, or a tightness, come on with effort that does not work the sore muscles, such as walking briskly uphill or climbing stairs, and ease within a few minutes of rest?';
const FIRST_PAGE = 'Your chest, and how you feel with the pain';
const SECOND_PAGE = 'How the pain started';

const question = (text: string) => screen.getByRole('group', { name: text });
const savedAnswers = () =>
  (JSON.parse(window.localStorage.getItem(ANSWERS_KEY) ?? '{}') as { answers?: AnswersDraft }).answers ?? {};
const problemsListed = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => link.textContent);

/** The warning signs: every one must offer "Not sure", which the rules never read as "no". */
const WARNING_SIGNS: AnswerField[] = [...RED_FLAG_FIELDS, ...OPTIONAL_RED_FLAG_FIELDS, 'armNumbness', 'armWeakness', 'rash'];

describe('a page of questions', () => {
  it('asks several questions, each with its legend, under the page heading, with hint, progress, Back link and radios named after the contract', async () => {
    await renderApp({ at: '#/page/heart-signs' });
    expect(screen.getByRole('heading', { level: 1, name: FIRST_PAGE })).toBeInTheDocument();
    expect(screen.getByText(/if you are not sure about any of these, choose "not sure"/i)).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 11')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '#/');

    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(3);
    [CHEST, SWEAT, EXERTION].forEach((text, index) => expect(groups[index]).toHaveAccessibleName(text));
    // The page heading is the page's title, not one of its questions.
    expect(screen.queryByRole('heading', { name: CHEST })).not.toBeInTheDocument();
    expect(question(CHEST)).toHaveAccessibleDescription(/include sore chest muscles/i);
    expect(question(EXERTION)).toHaveAccessibleDescription(/a sore muscle hurts when you use it/i);

    const radios = within(question(CHEST)).getAllByRole('radio');
    expect(radios.map((radio) => [radio.getAttribute('name'), radio.getAttribute('value')])).toEqual([
      ['chestPain', 'true'],
      ['chestPain', 'false'],
      ['chestPain', 'unsure'],
    ]);
    expect(
      within(question(SWEAT))
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('name')),
    ).toEqual(Array(3).fill('sweatingOrNausea'));
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Continue']);
    expect(screen.queryByRole('button', { name: /skip/i })).not.toBeInTheDocument();
  });

  it('goes Back to the page before', async () => {
    const { user } = await renderApp({ answers: { chestPain: false, sweatingOrNausea: false }, at: '#/page/how-it-started' });
    expect(screen.getByText('Page 3 of 11')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: FIRST_PAGE })).toBeInTheDocument();
    expect(within(question(CHEST)).getByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('lists every unanswered required question on the page in the error summary, each linked to its question', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    expect(document.title).toMatch(/^Error: /);
    // The optional question is not a problem when left blank.
    expect(problemsListed()).toEqual([
      'Chest pain, pressure or tightness: select yes, no or not sure',
      'Cold sweat, feeling sick or light-headed with the pain: select yes, no or not sure',
    ]);
    expect(question(CHEST)).toHaveAccessibleDescription(/error: chest pain, pressure or tightness: select yes, no or not sure/i);
    expect(question(SWEAT)).toHaveAccessibleDescription(/error: cold sweat.*: select yes, no or not sure/i);
    expect(question(EXERTION)).not.toHaveAccessibleDescription(/error/i);

    await user.click(within(summary).getByRole('link', { name: /^Cold sweat/ }));
    expect(within(question(SWEAT)).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: /^Chest pain/ }));
    expect(within(question(CHEST)).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    expect(window.location.hash).toBe('#/page/heart-signs');
  });

  it('lists only what is still missing after a second try, and moves on once it is all answered', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await user.click(within(question(CHEST)).getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(problemsListed()).toEqual(['Cold sweat, feeling sick or light-headed with the pain: select yes, no or not sure']);
    expect(question(CHEST)).not.toHaveAccessibleDescription(/error/i);

    await user.click(within(question(SWEAT)).getByRole('radio', { name: 'No' }));
    await pressContinue(user);
    expect(await screen.findByRole('heading', { level: 1, name: SECOND_PAGE })).toBeInTheDocument();
  });

  it('moves on with "not sure", which is kept as "not sure" and never read as "no"', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await user.click(within(question(CHEST)).getByRole('radio', { name: 'Not sure' }));
    await user.click(within(question(SWEAT)).getByRole('radio', { name: 'Not sure' }));
    await pressContinue(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your chest pain' })).toBeInTheDocument();
    await waitFor(() => expect(savedAnswers()).toEqual({ chestPain: 'unsure', sweatingOrNausea: 'unsure' }));

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: FIRST_PAGE });
    expect(within(question(CHEST)).getByRole('radio', { name: 'Not sure' })).toBeChecked();
    expect(within(question(CHEST)).getByRole('radio', { name: 'No' })).not.toBeChecked();
  });

  it(
    'offers "Not sure" on every warning-sign question, and never lets a required one be left blank',
    { timeout: 20_000 },
    async () => {
      const pages = new Set(WARNING_SIGNS.map((field) => pageOf(field)));
      for (const page of pages) {
        const onPage = page.items.map((item) => item.field);
        const { user, unmount } = await renderApp({
          answers: onPage.reduce(withoutField, REQUIRED_ONLY),
          at: `#/page/${page.id}`,
        });
        await screen.findByRole('heading', { level: 1, name: page.title });
        for (const field of WARNING_SIGNS.filter((sign) => onPage.includes(sign))) {
          const item = itemFor(field);
          const asked = questionOnScreen(item);
          expect(asked, field).toBeDefined();
          expect(within(asked!).getByRole('radio', { name: /not sure/i }), field).toHaveAttribute('name', field);
        }
        expect(screen.queryByRole('button', { name: /skip/i })).not.toBeInTheDocument();

        await user.click(screen.getByRole('button', { name: 'Continue' }));
        const required = page.items.filter((item) => item.required && WARNING_SIGNS.includes(item.field));
        for (const item of required)
          expect(problemsListed(), item.field).toContainEqual(expect.stringMatching(`^${item.label}: `));
        expect(window.location.hash).toBe(`#/page/${page.id}`);
        unmount();
      }
      expect(pages.size).toBe(questionnaire.pages.filter((page) => page.warningSigns).length);
    },
  );

  it('leaves an optional question left blank unanswered, not "no"', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await answerPage(user, { chestPain: false, sweatingOrNausea: false });
    await screen.findByRole('heading', { level: 1, name: SECOND_PAGE });
    await waitFor(() => expect(savedAnswers()).toEqual({ chestPain: false, sweatingOrNausea: false }));
    expect(savedAnswers()).not.toHaveProperty('exertionPain');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: FIRST_PAGE });
    expect(within(question(EXERTION)).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });

  it('takes an answer out when an optional number is emptied, rather than keeping the old one', async () => {
    const { user } = await renderApp({ answers: { ...REQUIRED_ONLY, sittingHours: 8 }, at: '#/page/form-and-posture' });
    const hours = screen.getByRole('textbox', { name: /how many hours do you spend sitting/i });
    expect(hours).toHaveValue('8');
    await user.clear(hours);
    await pressContinue(user);
    await screen.findByRole('heading', { level: 1, name: 'About you' });
    await waitFor(() => expect(savedAnswers()).not.toHaveProperty('sittingHours'));
  });

  it('does not let a person jump past unanswered warning signs by typing a later page address', async () => {
    const { unmount } = await renderApp({ answers: { chestPain: false }, at: '#/page/about-you' });
    expect(await screen.findByRole('heading', { level: 1, name: FIRST_PAGE })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/page/heart-signs');
    unmount();

    // Up to the third page: the warning signs there are not answered yet.
    const firstTwoPages: AnswersDraft = { chestPain: false, sweatingOrNausea: false, tearingPain: false };
    await renderApp({ answers: firstTwoPages, at: '#/page/where-and-how-bad' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fainting, breathing and your legs' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/page/breathing-and-circulation');

    // Typed into the address bar while on a page.
    act(() => {
      window.location.hash = '#/check';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(window.location.hash).toBe('#/page/breathing-and-circulation'));
    act(() => {
      window.location.hash = '#/change/about-you';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(window.location.hash).toBe('#/page/breathing-and-circulation'));
    expect(screen.getByRole('heading', { level: 1, name: 'Fainting, breathing and your legs' })).toBeInTheDocument();
  });

  it('asks for the pain score with radios 0 to 10, worded at the ends, not a slider', async () => {
    await renderApp({ answers: withoutField(REQUIRED_ONLY, 'severity'), at: '#/page/where-and-how-bad' });
    const scores = within(question('How bad is the pain right now?')).getAllByRole('radio');
    expect(scores.map((radio) => radio.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(scores.every((radio) => radio.getAttribute('name') === 'severity')).toBe(true);
    expect(scores[0]).toHaveAccessibleName('0 – no pain');
    expect(scores[10]).toHaveAccessibleName('10 – the worst pain you can imagine');
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  it('keeps what was typed when a number is out of range, and names the problem with the most allowed', async () => {
    const { user } = await renderApp({ answers: withoutField(REQUIRED_ONLY, 'age'), at: '#/page/about-you' });
    const age = screen.getByRole('textbox', { name: 'How old are you?' });
    expect(age).toHaveAttribute('name', 'age');
    await user.type(age, '130');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(problemsListed()).toEqual(['Age: your age must be 120 or less']);
    expect(age).toHaveValue('130');
    expect(age).toBeInvalid();
    expect(age).toHaveAccessibleDescription(/error: age: your age must be 120 or less/i);
    expect(window.location.hash).toBe('#/page/about-you');

    await user.click(screen.getByRole('link', { name: 'Age: your age must be 120 or less' }));
    expect(age).toHaveFocus();
  });
});
