import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { publicVignette as vignette } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { axeViolations } from './support/axe';
import type { WatchedPage } from './support/chromium';
import { useBuiltAppInChromium } from './support/built-app';

const built = useBuiltAppInChromium();
let watched: WatchedPage | undefined;

afterAll(async () => {
  await watched?.close();
});

async function open(): Promise<Page> {
  await watched?.close();
  watched = await built.openPage();
  return watched.page;
}

const TIMEOUT = 240_000;

describe('accessibility in Chromium (axe-core, WCAG 2.2 A and AA)', () => {
  it(
    'finds no violation on any page of a full walk, from the start page to the result',
    async () => {
      const page = await open();
      const violations: Record<string, string[]> = {};
      const pagesSeen: string[] = [];
      await answerThroughPage(page, vignette('posture-push-ups').answers, {
        onPage: async (current, hash) => {
          pagesSeen.push(hash);
          const found = await axeViolations(current);
          if (found.length > 0) violations[hash || '#/'] = found;
        },
      });
      expect(pagesSeen).toContain('#/check');
      expect(pagesSeen.length).toBeGreaterThan(10);
      expect(violations).toEqual({});
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'finds no violation on a page showing errors',
    async () => {
      const page = await open();
      await page.getByRole('link', { name: 'Start now' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await axeViolations(page)).toEqual([]);
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('how this tool decides, in Chromium', () => {
  it(
    "is reached from a cause's link on the result, the rules behind it picked out, with no axe violation",
    async () => {
      const page = await open();
      await answerThroughPage(page, vignette('fever').answers);
      await page.getByRole('link', { name: 'How this was decided: Infection', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'How this tool decides' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.matches('.rule--highlighted'))).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('rule-fever');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Back to your result' }).click();
      await page.locator('main [data-disposition="urgent"]').waitFor();
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('keyboard only', () => {
  /** Presses Tab until the focused element matches, as a keyboard user looks for a control. */
  async function tabTo(page: Page, matches: (element: Element) => boolean, most = 40) {
    for (let presses = 0; presses < most; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate<boolean>(`(${matches.toString()})(document.activeElement)`)) return;
    }
    throw new Error(`Tab never reached the control on ${await page.evaluate(() => window.location.hash)}`);
  }

  it(
    'walks from the start page to a result without a mouse',
    async () => {
      const page = await open();
      await tabTo(page, (element) => element.textContent === 'Start now');
      await page.keyboard.press('Enter');

      for (let pages = 0; pages < 80; pages++) {
        await page.waitForFunction(() => document.activeElement?.matches('main h1, main h1 label'));
        const hash = await page.evaluate(() => window.location.hash);
        if (hash === '#/result') break;
        if (hash === '#/check') {
          await tabTo(page, (element) => element.textContent === 'Get my result');
        } else {
          // Every question on the page, each reached with Tab and answered from the keyboard.
          const answered = new Set<string>();
          for (let presses = 0; presses < 200; presses++) {
            await page.keyboard.press('Tab');
            const focused = await page.evaluate(() => {
              const element = document.activeElement as HTMLInputElement;
              return { input: element.matches('main input'), type: element.type, name: element.name, text: element.textContent };
            });
            if (focused.text === 'Continue') break;
            if (!focused.input || answered.has(focused.name)) continue;
            answered.add(focused.name);
            if (focused.type === 'radio') await page.keyboard.press('ArrowDown');
            else if (focused.type === 'checkbox') await page.keyboard.press('Space');
            else await page.keyboard.type('20');
          }
        }
        const before = hash;
        await page.keyboard.press('Enter');
        await page.waitForFunction((previous) => window.location.hash !== previous, before);
      }

      const card = page.locator('main [data-disposition]');
      await card.waitFor();
      expect(await page.evaluate(() => document.activeElement?.closest('[data-disposition]') !== null)).toBe(true);
      expect(watched?.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
