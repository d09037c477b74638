// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANSWERS_KEY } from '../../src/app/lib/answers-storage';
import { publicVignette } from './support/answers';
import { answerUntil, pageOf, pressContinue } from './support/answer-page';
import { renderApp } from './support/render-app';

const saved = () => JSON.parse(window.localStorage.getItem(ANSWERS_KEY) ?? 'null') as unknown;
const question = (text: string) => screen.getByRole('group', { name: text });
const CHEST = 'Do you have any pain, pressure, squeezing or tightness in your chest?';
const SWEAT = 'With the pain, have you had a cold sweat, felt sick, been sick or felt light-headed?';
const EXERTION =
  'Does the pain, or a tightness, come on with effort that does not work the sore muscles, such as walking briskly uphill or climbing stairs, and ease within a few minutes of rest?';
const FIRST_PAGE = 'Your chest, and how you feel with the pain';
const corruptNotice = /could not read the answers saved on this device/i;

describe('saved answers', () => {
  it('are kept on the device, versioned, so a closed tab loses nothing', async () => {
    const { user, unmount } = await renderApp({ at: '#/page/heart-signs' });
    await user.click(within(question(CHEST)).getByRole('radio', { name: 'No' }));
    await user.click(within(question(SWEAT)).getByRole('radio', { name: 'Not sure' }));
    await pressContinue(user);
    await screen.findByRole('heading', { level: 1, name: 'How the pain started' });
    // The optional question left blank is not saved as anything.
    expect(saved()).toEqual({ version: 1, answers: { chestPain: false, sweatingOrNausea: 'unsure' } });

    unmount();
    const { user: later } = await renderApp({ at: '/' });
    await later.click(screen.getByRole('link', { name: 'Continue where you left off' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How the pain started' })).toBeInTheDocument();
    await later.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: FIRST_PAGE });
    expect(within(question(CHEST)).getByRole('radio', { name: 'No' })).toBeChecked();
    expect(within(question(SWEAT)).getByRole('radio', { name: 'Not sure' })).toBeChecked();
    expect(within(question(EXERTION)).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });

  it('are kept through a refresh part-way, pages of them, with the numbers as typed', { timeout: 20_000 }, async () => {
    const { answers } = publicVignette('doms-classic');
    const { user, unmount } = await renderApp({ at: '#/page/heart-signs' });
    await answerUntil(user, 'About you', answers);
    unmount();

    // A refresh opens the same page, with every answer so far still there.
    const { user: later } = await renderApp({ reload: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'About you' })).toBeInTheDocument();
    const notYetAnswered = pageOf('age').items.map((item) => item.field as string);
    // Not asked: the workout held no overhead press.
    const notAsked = ['archesBack'];
    expect(saved()).toEqual({
      version: 1,
      answers: Object.fromEntries(Object.entries(answers).filter(([field]) => ![...notYetAnswered, ...notAsked].includes(field))),
    });
    await later.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('textbox', { name: /how many hours do you spend sitting/i })).toHaveValue('3');
  });

  it.each([
    ['not JSON', '{oops'],
    ['from another version', JSON.stringify({ version: 0, answers: { chestPain: false } })],
    ['with a field the contract does not have', JSON.stringify({ version: 1, answers: { chestPainn: false } })],
    ['with a value the contract does not allow', JSON.stringify({ version: 1, answers: { severity: 11 } })],
  ])('are discarded with a notice when %s', async (_case, text) => {
    window.localStorage.setItem(ANSWERS_KEY, text);
    await renderApp();
    expect(screen.getByRole('status')).toHaveTextContent(corruptNotice);
    expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();
    expect(window.localStorage.getItem(ANSWERS_KEY)).toBeNull();
  });

  it('are not filled in with defaults for questions not yet asked', async () => {
    await renderApp({ answers: { chestPain: 'unsure' } });
    expect(saved()).toEqual({ version: 1, answers: { chestPain: 'unsure' } });
  });

  it('are cleared by "Start again"', async () => {
    const { user } = await renderApp({ answers: { chestPain: false } });
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();
    expect(window.localStorage.getItem(ANSWERS_KEY)).toBeNull();
  });
});
