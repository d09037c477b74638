import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageDriver } from './page-driver';

/**
 * Firefox ESR from Debian (`apt-get install firefox-esr`; browsers cannot be downloaded here), driven
 * by puppeteer-core over WebDriver BiDi, Firefox's own remote protocol. FIREFOX_PATH overrides it.
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Generous, as for Chromium: two browsers may share this 2-core machine. */
const TIMEOUT = 60_000;

export const launchFirefox = (): Promise<Browser> =>
  puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocolTimeout: 120_000 });

/** The adapter for one Firefox page. Roles and names are looked up in Firefox's accessibility tree. */
export function firefoxDriver(page: Page): PageDriver {
  page.setDefaultTimeout(TIMEOUT);
  const one = (selector: string) => page.locator(selector).setTimeout(TIMEOUT);
  const attached = (selector: string) => page.waitForSelector(selector, { timeout: TIMEOUT });
  return {
    engine: 'Firefox',
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    hash: () => page.evaluate(() => window.location.hash),
    waitForHashChange: async (previous) => {
      await page.waitForFunction((before) => window.location.hash !== before, { timeout: TIMEOUT }, previous);
    },
    // Puppeteer's ARIA selector: the accessible name must match exactly; hidden elements have none.
    clickRole: (role, name) => one(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`).click(),
    click: (selector) => one(selector).click(),
    check: async (name, value) => {
      const selector = `main input[name="${name}"][value="${value}"]`;
      await attached(selector);
      if (!(await page.$eval(selector, (input) => (input as HTMLInputElement).checked))) await one(selector).click();
      await page.waitForFunction((s) => (document.querySelector(s) as HTMLInputElement | null)?.checked === true, { timeout: TIMEOUT }, selector);
    },
    fill: (selector, text) => one(selector).fill(text),
    count: (selector) => page.$$eval(selector, (elements) => elements.length),
    waitForVisible: async (selector) => {
      await page.waitForFunction(
        (s) =>
          [...document.querySelectorAll(s)].some(
            (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
          ),
        { timeout: TIMEOUT },
        selector,
      );
    },
    attribute: async (selector, name) => {
      await attached(selector);
      return page.$eval(selector, (element, attribute) => element.getAttribute(attribute), name);
    },
    evaluate: (fn) => page.evaluate(fn) as Promise<Awaited<ReturnType<typeof fn>>>,
    waitForFunction: async (fn) => {
      await page.waitForFunction(fn, { timeout: TIMEOUT });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
  };
}

export interface WatchedFirefoxPage {
  page: Page;
  driver: PageDriver;
  /** Console errors (Content-Security-Policy violations among them), uncaught exceptions and requests that left the app's origin. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * A fresh page in its own browser context (its own storage and service workers: a new visitor) at
 * phone width, that records console errors, page errors and requests from the page to another origin.
 * (Requests are watched, not blocked: the app's Content-Security-Policy refuses them anyway, and
 * intercepting every request over BiDi would slow the walk.)
 */
export async function openFirefoxPage(browser: Browser, origin: string): Promise<WatchedFirefoxPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  const driver = firefoxDriver(page);
  await driver.goto(origin);
  return { page, driver, problems, close: () => context.close() };
}
