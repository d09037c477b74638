import puppeteer, { ProtocolError, type Browser, type Page } from 'puppeteer-core';
import {
  anyVisibleInPage,
  findVisibleNamedInPage,
  firstLine,
  ROLE_SELECTORS,
  withNamedFailures,
  type PageDriver,
} from './page-driver';

/**
 * Firefox ESR from Debian (`apt-get install firefox-esr`; browsers cannot be downloaded here), driven
 * by puppeteer-core over WebDriver BiDi, Firefox's own remote protocol. FIREFOX_PATH overrides it.
 */
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Generous, as for Chromium: two browsers may share this 2-core machine. */
const TIMEOUT = 60_000;

export const launchFirefox = (): Promise<Browser> =>
  puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocolTimeout: 120_000 });

/**
 * Run in the page (sent as its source: it uses nothing from outside itself and names no inner
 * function): finds the first visible element matching `selector` (and named exactly `name`, unless
 * null), scrolls it into view if it is not, and gives the point to click, the middle of its box, once
 * a click there would reach it (nothing on top of it); else null, to be tried again.
 */
function pointToClickInPage(selector: string, name: string | null): { x: number; y: number } | null {
  const target = Array.from(document.querySelectorAll(selector)).find(
    (element) =>
      element.getClientRects().length > 0 &&
      getComputedStyle(element).visibility !== 'hidden' &&
      (name === null || (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim() === name),
  );
  if (!target) return null;
  const before = target.getBoundingClientRect();
  if (before.top < 0 || before.left < 0 || before.bottom > window.innerHeight || before.right > window.innerWidth) {
    target.scrollIntoView({ block: 'center', inline: 'center' });
  }
  const box = target.getBoundingClientRect();
  const point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const hit = document.elementFromPoint(point.x, point.y);
  return hit !== null && target.contains(hit) ? point : null;
}

/**
 * The adapter for one Firefox page. Each step is as few round trips as it can be: a script in the
 * page finds the element and where to click it, and one BiDi input action clicks there as a mouse
 * would (puppeteer's locators and handles take several round trips a click, 100 to 400 ms over
 * BiDi, which made a walk take 40 s). Each role and name the walk clicks is also looked up once in
 * Firefox's own accessibility tree (puppeteer's ARIA selector), which must give the same element.
 */
function firefoxDriver(page: Page): PageDriver {
  page.setDefaultTimeout(TIMEOUT);
  const inAccessibilityTree = new Set<string>();
  /**
   * Waits until `fn`, run in the page, returns something truthy (JSON: a DOM node would come back
   * empty). Polled from here, one evaluate (about 2 ms) a try: puppeteer's waitForFunction costs
   * some 50 ms a call over BiDi, whatever its polling, and the walk waits on every step.
   */
  const waitFor = async <A extends (string | null)[], R>(fn: (...args: A) => R, ...args: A): Promise<NonNullable<R>> => {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const result = (await page.evaluate(fn as (...args: unknown[]) => R, ...args)) as R;
      if (result) return result;
      if (Date.now() > deadline)
        throw new Error(`Firefox: timed out waiting for ${fn.name || 'a condition'} (${args.join(', ')})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const clickAt = async (selector: string, name: string | null) => {
    const point = await waitFor(pointToClickInPage, selector, name);
    await page.mouse.click(point.x, point.y);
  };
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
      await waitFor((before) => window.location.hash !== before, previous);
    },
    clickRole: async (role, name) => {
      const key = `${role} ${name}`;
      if (!inAccessibilityTree.has(key)) {
        await waitFor(pointToClickInPage, ROLE_SELECTORS[role], name);
        const found = await page.evaluateHandle(findVisibleNamedInPage, ROLE_SELECTORS[role], name);
        const named = await page.$(`::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`);
        if (!named || !(await page.evaluate((a, b) => a !== null && a === b, found, named))) {
          throw new Error(`Firefox: the ${role} "${name}" found in the page is not the one in Firefox's accessibility tree`);
        }
        inAccessibilityTree.add(key);
      }
      await clickAt(ROLE_SELECTORS[role], name);
    },
    click: (selector) => clickAt(selector, null),
    check: async (name, value) => {
      const selector = `main input[name="${name}"][value="${value}"]`;
      await waitFor((s) => document.querySelector(s) !== null, selector);
      if (!(await page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.checked === true, selector)))
        await clickAt(selector, null);
      await waitFor((s) => document.querySelector<HTMLInputElement>(s)?.checked === true, selector);
    },
    fill: async (selector, text) => {
      await clickAt(selector, null);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.type(text);
    },
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    waitForVisible: async (selector) => {
      await waitFor(anyVisibleInPage, selector);
    },
    attribute: async (selector, name) => {
      await waitFor((s) => document.querySelector(s) !== null, selector);
      return page.evaluate((s, attribute) => document.querySelector(s)?.getAttribute(attribute) ?? null, selector, name);
    },
    evaluate: (fn) => page.evaluate(fn),
    waitForFunction: async (fn) => {
      await waitFor(fn);
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
  };
}

const PHONE = { width: 390, height: 844 };

/**
 * Sizes the page to a phone's viewport and checks that it took. puppeteer's setViewport sends two
 * BiDi commands at once: browsingContext.setViewport, which every Firefox ESR since 128 knows, and
 * emulation.setScreenOrientationOverride, which Firefox 140 ESR does not ("unknown command"; 153 ESR
 * does). The orientation is not needed (a 390 × 844 viewport is portrait anyway), so that refusal
 * is let pass, and the page's own size says whether the viewport command did its work.
 */
async function sizeToPhone(page: Page, browserName: string) {
  try {
    await page.setViewport({ ...PHONE, deviceScaleFactor: 1 });
  } catch (error) {
    if (!(error instanceof ProtocolError && error.message.includes('unknown command emulation.setScreenOrientationOverride'))) {
      throw new Error(`${browserName}: setViewport(390 × 844) failed: ${firstLine(error)}`, { cause: error });
    }
  }
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [width, height] = await page.evaluate(() => [window.innerWidth, window.innerHeight]);
    if (width === PHONE.width && height === PHONE.height) return;
    if (Date.now() > deadline)
      throw new Error(`${browserName}: the page is ${width} × ${height} px, not 390 × 844, after setViewport`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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
  // A window of its own, not a tab: a background tab gets no animation frames, and walks may run side by side.
  const page = await context.newPage({ type: 'window' });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
  });
  const browserName = `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`;
  await sizeToPhone(page, browserName);
  const driver = withNamedFailures(firefoxDriver(page), browserName, TIMEOUT + 5_000);
  await driver.goto(origin);
  return { page, driver, problems, close: () => context.close() };
}
