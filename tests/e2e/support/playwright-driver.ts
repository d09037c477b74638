import type { Page } from 'playwright-core';
import type { PageDriver } from './page-driver';

/** Chromium, through a Playwright page: its own locators, which wait and check actionability. */
export function playwrightDriver(page: Page): PageDriver {
  return {
    engine: 'Chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    hash: () => page.evaluate(() => window.location.hash),
    waitForHashChange: async (previous) => {
      await page.waitForFunction((before) => window.location.hash !== before, previous);
    },
    clickRole: (role, name) => page.getByRole(role, { name, exact: true }).click(),
    click: (selector) => page.locator(selector).first().click(),
    check: (name, value) => page.locator(`main input[name="${name}"][value="${value}"]`).check(),
    fill: (selector, text) => page.locator(selector).fill(text),
    count: (selector) => page.locator(selector).count(),
    waitForVisible: (selector) => page.locator(selector).filter({ visible: true }).waitFor(),
    attribute: (selector, name) => page.locator(selector).first().getAttribute(name),
    evaluate: (fn) => page.evaluate(fn),
    waitForFunction: async (fn) => {
      await page.waitForFunction(fn);
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
  };
}
