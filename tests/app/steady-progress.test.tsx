// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MUSCULAR_CHEST_ANSWERS } from '../helpers/answer-arbitrary';
import { withoutField } from '../../src/app/lib/answers-draft';
import { publicVignette, REQUIRED_ONLY } from './support/answers';
import { pressContinue, questionnaire } from './support/answer-page';
import { renderApp } from './support/render-app';

const CAPTION = /^(.+) Page (\d+) of (\d+)$/;

/** The line above the heading, e.g. "Your workout Page 9 of 11". */
const progressLine = () =>
  screen.getByText((_, element) => element?.tagName === 'P' && CAPTION.test(element.textContent ?? '')).textContent ?? '';

const WHEN = 'When did the pain start, compared with your last workout?';
const WORKOUT = 'Which of these were in your workout?';
const SHRUGS = 'During rows or pull-ups, do your shoulders creep up towards your ears?';
const ARCHES = 'During overhead presses, does your lower back arch a lot?';

describe('progress through the questions', () => {
  it('never changes its total as answers open and close the workout page and its follow-ups', { timeout: 20_000 }, async () => {
    const { user } = await renderApp({ answers: withoutField(REQUIRED_ONLY, 'onset'), at: '#/page/timing-and-course' });
    const seen: string[] = [];
    const look = async (heading: string) => {
      await screen.findByRole('heading', { level: 1, name: heading });
      seen.push(progressLine());
    };
    const when = (label: string) =>
      user.click(within(screen.getByRole('group', { name: WHEN })).getByRole('radio', { name: label }));
    const exercise = (label: string) =>
      within(screen.getByRole('group', { name: WORKOUT })).getByRole('checkbox', { name: label });
    const back = async (heading: string) => {
      await user.click(screen.getByRole('link', { name: 'Back' }));
      await screen.findByRole('heading', { level: 1, name: heading });
    };

    await look('When it started and how it is going');
    // Not after a workout: the workout page is not asked.
    await when('At another time: it began at rest, at night or during other activity');
    await pressContinue(user);
    await look('Your form and posture');
    expect(seen.at(-1)).toBe('Your workout Page 10 of 11');

    // After a workout: the workout page opens, before it; every follow-up may apply until it is answered.
    await back('When it started and how it is going');
    await when('During the workout');
    await pressContinue(user);
    await look('Your workout');
    await user.click(exercise('Rows'));
    await pressContinue(user);
    await look('Your form and posture'); // rows: the shrug question opens, the overhead one closes
    expect(screen.getByRole('group', { name: SHRUGS })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: ARCHES })).not.toBeInTheDocument();

    await back('Your workout');
    await user.click(exercise('Rows'));
    await user.click(exercise('Overhead press'));
    await pressContinue(user);
    await look('Your form and posture'); // overhead press: the shrug question closes, the overhead one opens
    expect(screen.queryByRole('group', { name: SHRUGS })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: ARCHES })).toBeInTheDocument();
    await pressContinue(user);
    await look('About you');

    expect(seen).toEqual([
      'Your pain Page 8 of 11',
      'Your workout Page 10 of 11',
      'Your workout Page 9 of 11',
      'Your workout Page 10 of 11',
      'Your workout Page 10 of 11',
      'About you Page 11 of 11',
    ]);
  });

  it(
    'names the section and counts every page, from the first to the last, out of the same total',
    { timeout: 20_000 },
    async () => {
      // Sore chest muscles too, so that every page is asked.
      const answers = { ...publicVignette('doms-classic').answers, chestPain: true, ...MUSCULAR_CHEST_ANSWERS } as const;
      expect(questionnaire.pages).toHaveLength(11);
      for (const [index, page] of questionnaire.pages.entries()) {
        const { unmount } = await renderApp({ answers, at: `#/page/${page.id}` });
        await screen.findByRole('heading', { level: 1, name: page.title });
        expect(progressLine()).toBe(`${page.section} Page ${index + 1} of 11`);
        unmount();
      }
    },
  );

  it('starts at "Warning signs Page 1 of 11"', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await screen.findByRole('heading', { level: 1, name: 'Your chest, and how you feel with the pain' });
    expect(progressLine()).toBe('Warning signs Page 1 of 11');
  });
});
