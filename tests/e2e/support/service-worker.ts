import type { Page } from 'playwright-core';
import type { PageDriver } from './page-driver';

/** Waits until the app's service worker has precached the app and controls the page. */
export const waitForServiceWorkerControl = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** The same, in any engine. */
export const waitForServiceWorkerControlIn = (driver: PageDriver) =>
  driver.waitForFunction(() => navigator.serviceWorker.controller !== null);
