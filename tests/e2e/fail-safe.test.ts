import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltAppInChromium } from './support/built-app';
import { PHONE } from './support/chromium';

const built = useBuiltAppInChromium();
const RULES_FILE = /\/assets\/rules-[0-9a-f]{8}\.json$/;

/** A rule file changed on the way: one emergency rule now says "self-care". */
async function damageRules(route: Route) {
  const response = await route.fetch();
  const text = await response.text();
  expect(text).toContain('"level":"emergency"');
  await route.fulfill({ response, body: text.replace('"level":"emergency"', '"level":"self_care"') });
}

describe('when the rules the browser fetches are not the ones the build checked', () => {
  it.each([
    ['damaged on the way', damageRules],
    ['missing on the server', (route: Route) => route.fulfill({ status: 404, body: 'Not found' })],
  ])(
    'rules %s give the fail-safe card, never a question or advice',
    async (_how, serveRules) => {
      // With no service worker every request reaches the page's own routes.
      const watched = await built.openPage({ ...PHONE, serviceWorkers: 'block' });
      try {
        const { page } = watched;
        await page.context().route(RULES_FILE, serveRules);
        await page.reload();
        // The questions come with the rules: without them no question is shown, only the fail-safe card.
        await page.getByRole('link', { name: 'Start now' }).click();
        await page.getByRole('heading', { level: 1, name: /we cannot check your symptoms right now/i }).waitFor();
        expect(await page.getByRole('button', { name: 'Continue' }).count()).toBe(0);
        expect(await page.locator('main [data-disposition]').getAttribute('data-disposition')).toBe('doctor');
        expect(await page.locator('main').textContent()).not.toMatch(/look after this at home/i);
      } finally {
        await watched.close();
      }
    },
    180_000,
  );
});
