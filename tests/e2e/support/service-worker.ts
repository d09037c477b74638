import type { Page } from 'playwright-core';

/** Waits until the app's service worker has precached the app and controls the page. */
export const waitForServiceWorkerControl = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);
