// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswersDraft } from '../../src/app/lib/answers-draft';
import { CHECK_INS_KEY } from '../../src/app/lib/check-ins';
import { publicVignette } from './support/answers';
import { answerUntil, pageOf } from './support/answer-page';
import { renderApp } from './support/render-app';

const DAY = 86_400_000;
const FIRST_VISIT = new Date('2026-12-03T18:00:00');
const kept = () => (JSON.parse(window.localStorage.getItem(CHECK_INS_KEY) ?? 'null') as { visits: unknown[] } | null)?.visits;
const doms = publicVignette('doms-classic').answers;
/** What the person answers at a check-in this many days on: the days the pain has lasted as the app counts them. */
const later = (days: number, answers: AnswersDraft) => ({ ...doms, painDays: doms.painDays + days, ...answers });
const careCard = async () => (await screen.findByRole('heading', { level: 1 })).closest('[data-disposition]');

/** Only the clock moves: the app reads the day from Date, Testing Library's waits use timers. */
function today(when: Date) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(when);
}
afterEach(() => void vi.useRealTimers());

/** A first visit's self-care result, kept for a check-in. */
async function keepFirstVisit() {
  today(FIRST_VISIT);
  const app = await renderApp({ answers: doms, at: '#/result' });
  expect(await careCard()).toHaveAttribute('data-disposition', 'self_care');
  await app.user.click(await screen.findByRole('button', { name: 'Check in tomorrow' }));
  expect(await screen.findByRole('status')).toHaveTextContent(/kept on this device/i);
  expect(screen.getByRole('button', { name: 'Add a reminder to your calendar' })).toBeInTheDocument();
  app.unmount();
}

/** Opens the app days later and starts the check-in from the start page. */
async function checkInAfter(days: number) {
  today(new Date(FIRST_VISIT.getTime() + days * DAY));
  const app = await renderApp({ at: '#/' });
  const callout = screen.getByRole('heading', { name: 'How is it today?' }).parentElement!;
  await app.user.click(within(callout).getByRole('link', { name: 'Check in' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'How is it today?' })).toBeInTheDocument();
  await app.user.click(screen.getByRole('button', { name: 'Start the check-in' }));
  await screen.findByRole('heading', { level: 1, name: pageOf('chestPain').title });
  return app;
}

describe('a check-in on a later day', () => {
  it(
    'asks the warning signs afresh, counts the days on, and raises soreness that is not easing to a doctor, saying why',
    { timeout: 20_000 },
    async () => {
      await keepFirstVisit();
      expect(kept()).toHaveLength(1);
      const { user } = await checkInAfter(3);

      // No old "no" is carried onto a warning sign.
      expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
      expect(screen.getByText(/page 1 of 8/i)).toBeInTheDocument();
      await answerUntil(user, pageOf('painDays').title, later(3, { trend: 'same' }));
      // The pain has lasted three days more than it had; the person can correct it.
      const days = screen.getByRole('textbox', { name: /how many days has it hurt/i });
      expect(days).toHaveValue(String(doms.painDays + 3));
      expect(days).toHaveAccessibleDescription(/counted on from your last visit/i);
      // How it is going looks back to the visit before.
      expect(
        screen.getByRole('group', { name: 'Since you last used this tool, is it getting better or worse?' }),
      ).toBeInTheDocument();
      await answerUntil(user, 'Check your answers', later(3, { trend: 'same' }));
      // The check page lists what was asked today, not the workout or the person.
      expect(screen.queryByRole('heading', { name: pageOf('age').title })).not.toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Get my result' }));

      expect(await careCard()).toHaveAttribute('data-disposition', 'doctor');
      expect(await screen.findByText(/delayed soreness should be easing by now/i)).toBeInTheDocument();
      const timeline = screen.getByRole('region', { name: 'This pain, visit by visit' });
      const visits = within(timeline).getAllByRole('listitem');
      expect(visits.map((visit) => visit.textContent)).toEqual([
        expect.stringMatching(/^Thursday 3 December, pain staying the same: self-care/),
        expect.stringMatching(/^Sunday 6 December, pain staying the same: see a doctor/),
      ]);
    },
  );

  it(
    'keeps self-care for soreness that is easing, and a third visit for the same pain is at least a doctor',
    { timeout: 20_000 },
    async () => {
      await keepFirstVisit();
      const second = await checkInAfter(2);
      await answerUntil(second.user, 'Check your answers', later(2, { trend: 'better', severity: 2 }));
      await second.user.click(screen.getByRole('link', { name: 'Get my result' }));
      expect(await careCard()).toHaveAttribute('data-disposition', 'self_care');
      await second.user.click(await screen.findByRole('button', { name: 'Check in tomorrow' }));
      expect(kept()).toHaveLength(2);
      second.unmount();

      const third = await checkInAfter(3);
      await answerUntil(third.user, 'Check your answers', later(3, { trend: 'better', severity: 1 }));
      await third.user.click(screen.getByRole('link', { name: 'Get my result' }));
      expect(await careCard()).toHaveAttribute('data-disposition', 'doctor');
      expect(await screen.findByText(/third time the same pain has been checked/i)).toBeInTheDocument();
    },
  );

  it('gives a new warning sign its own level at once', { timeout: 20_000 }, async () => {
    await keepFirstVisit();
    const { user } = await checkInAfter(1);
    await answerUntil(user, 'Check your answers', later(1, { trend: 'same', armNumbness: true, radiation: ['arm'] }));
    await user.click(screen.getByRole('link', { name: 'Get my result' }));
    expect(await careCard()).toHaveAttribute('data-disposition', 'doctor');
    expect(await screen.findByRole('heading', { level: 3, name: 'An irritated nerve' })).toBeInTheDocument();
  });

  it('is erased with the answers by "Start again"', async () => {
    await keepFirstVisit();
    today(new Date(FIRST_VISIT.getTime() + DAY));
    const { user } = await renderApp({ at: '#/' });
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(kept()).toBeUndefined();
    expect(screen.queryByRole('heading', { name: 'How is it today?' })).not.toBeInTheDocument();
  });

  it('throws away a kept record it cannot read, and says so', async () => {
    window.localStorage.setItem(CHECK_INS_KEY, '{"version":1,"visits":[{"date":"yesterday"}]}');
    await renderApp({ at: '#/' });
    expect(screen.getByRole('status')).toHaveTextContent(/could not read the answers saved on this device/i);
    expect(screen.queryByRole('heading', { name: 'How is it today?' })).not.toBeInTheDocument();
    expect(window.localStorage.getItem(CHECK_INS_KEY)).toBeNull();
  });

  it('is not offered on a result that needs help today', async () => {
    await renderApp({ answers: { ...doms, armWeakness: true }, at: '#/result' });
    expect(await careCard()).not.toHaveAttribute('data-disposition', 'self_care');
    await screen.findByRole('heading', { name: /get help if things change|when to get help/i });
    expect(screen.queryByRole('button', { name: 'Check in tomorrow' })).not.toBeInTheDocument();
  });
});
