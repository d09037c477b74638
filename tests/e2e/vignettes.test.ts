import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vignetteFiles } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { axeViolations } from './support/axe';
import { launchChromium, openWatchedPage } from './support/chromium';
import { printedPageCount } from './support/pdf-pages';
import { serveBuiltApp, type ServedApp } from './support/serve-built-app';

const vignettes = vignetteFiles()['public.json'] ?? [];
let app: ServedApp;
let browser: Browser;

beforeAll(async () => {
  app = await serveBuiltApp();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('every public vignette, answered through the page in Chromium', () => {
  it('has vignettes to answer', () => {
    expect(vignettes.length).toBeGreaterThan(0);
  });

  it.each(vignettes.map((v) => [v.id, v] as const))(
    '%s reaches its expected level',
    async (_id, vignette) => {
      const watched = await openWatchedPage(browser, app.origin);
      try {
        const { page } = watched;
        expect(await answerThroughPage(page, vignette.answers)).toBe(vignette.expect.disposition);
        expect(await axeViolations(page)).toEqual([]);
        expect(await printedPageCount(page)).toBe(1);

        await page.reload();
        const card = page.locator('main [data-disposition]');
        await card.waitFor();
        expect(await card.getAttribute('data-disposition')).toBe(vignette.expect.disposition);

        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
    180_000,
  );
});
