import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openWatchedPage, PHONE } from './chromium';
import { serveBuiltApp, type ServedApp } from './serve-built-app';

/** Builds and serves the app and starts Chromium once for a test file; each test opens its own watched page. */
export function useBuiltAppInChromium() {
  let app: ServedApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    app = await serveBuiltApp();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  return {
    get origin() {
      if (!app) throw new Error('the app is not served yet');
      return app.origin;
    },
    openPage(options: BrowserContextOptions = PHONE) {
      if (!app || !browser) throw new Error('the app is not served yet');
      return openWatchedPage(browser, app.origin, options);
    },
  };
}
