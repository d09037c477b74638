import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium: browsers cannot be downloaded here. CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox or GPU in this container; nothing in the background that could reach the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true };

export interface WatchedPage {
  page: Page;
  /** Console errors (Content-Security-Policy violations among them), uncaught exceptions and requests that left the app's origin. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * A fresh page (its own storage) that records every console error, page error and request to
 * another origin, the app's service worker's requests included; requests to another origin are also
 * blocked, so a test cannot pass by reaching one.
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = PHONE,
): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  // Generous: CI runs two test files at once on a 2-core machine, each with its own Chromium.
  context.setDefaultTimeout(60_000);
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another origin: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  recordPageProblems(page, problems);
  await page.goto(origin);
  return { page, problems, close: () => context.close() };
}

/** Records every console error and uncaught exception of a page in `problems`. */
export function recordPageProblems(page: Page, problems: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}
