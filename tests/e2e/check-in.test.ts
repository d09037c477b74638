import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { publicVignette } from '../helpers/vignettes';
import { answerThroughPage, answerToResult } from './support/answer-through-page';
import { axeViolations } from './support/axe';
import { useBuiltAppInChromium } from './support/built-app';
import { playwrightDriver } from './support/playwright-driver';

const built = useBuiltAppInChromium();
const DAY = 86_400_000;
const FIRST_VISIT = new Date('2026-12-03T18:30:00');

describe('checking in days later, in the built app in Chromium', () => {
  it('keeps a self-care result, downloads a calendar reminder, and two days on raises soreness that is not easing to a doctor, saying why, with no axe violation', async () => {
    const watched = await built.openPage();
    try {
      const { page } = watched;
      await page.clock.install({ time: FIRST_VISIT });
      await page.reload();
      const { answers } = publicVignette('doms-classic');
      expect(await answerThroughPage(page, answers)).toBe('self_care');

      await page.getByRole('button', { name: 'Check in tomorrow' }).click();
      await page.getByText(/kept on this device/i).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Add a reminder to your calendar' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('check-in-2026-12-04.ics');
      const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
      expect(event.startDate.toString()).toBe('2026-12-04');
      expect(event.summary).toMatch(/check in/i);
      const link = String(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('url'));
      expect(link).toBe(`${built.origin}/#/check-in`);

      // Two days on, the reminder's link opens "How is it today?".
      await page.clock.setSystemTime(new Date(FIRST_VISIT.getTime() + 2 * DAY));
      await page.goto(link);
      await page.getByRole('heading', { level: 1, name: 'How is it today?' }).waitFor();
      await page.getByText(/you last checked this pain 2 days ago/i).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Start the check-in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your chest, and how you feel with the pain' }).waitFor();
      // Nothing ticked: an old "no" is never carried onto a warning sign.
      expect(await page.locator('main input:checked').count()).toBe(0);

      const today = { ...answers, painDays: answers.painDays + 2, trend: 'same' };
      expect(await answerToResult(playwrightDriver(page), today)).toBe('doctor');
      await page.getByText(/delayed soreness should be easing by now/i).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const timeline = page.getByRole('region', { name: 'This pain, visit by visit' });
      expect(await timeline.getByRole('listitem').allTextContents()).toEqual([
        expect.stringMatching(/^Thursday 3 December, pain staying the same: self-care/),
        expect.stringMatching(/^Saturday 5 December, pain staying the same: see a doctor/),
      ]);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  }, 180_000);
});
