/**
 * A new deploy while the app is open in several tabs (issue 19): each tab keeps working on the
 * version it was opened on, even when it loads a file it has not needed yet (its rulebook chunk),
 * and the person moves to the new version from the page's notice. The server holds only the build
 * it serves, as a host does, so an old tab's file can come from its service worker's cache alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PHONE, recordPageProblems } from './support/chromium';
import { buildApp, type BuiltApp } from './support/serve-built-app';
import { serveInTurn } from './support/serve-in-turn';
import { waitForServiceWorkerControl } from './support/service-worker';

let first: BuiltApp;
let second: BuiltApp;
let server: Awaited<ReturnType<typeof serveInTurn>>;
let browser: Browser;

beforeAll(async () => {
  first = await buildApp({ deploy: 'first' });
  second = await buildApp({ deploy: 'second' });
  server = await serveInTurn(first.outDir);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await first?.remove();
  await second?.remove();
});

const entryOf = async (built: BuiltApp) =>
  /<script type="module" crossorigin src="([^"]+)"/.exec(await readFile(join(built.outDir, 'index.html'), 'utf8'))![1];
const entryIn = (page: Page) => page.evaluate(() => document.querySelector('script[type="module"]')?.getAttribute('src'));

/** Opens the app in another tab of the same browser, once its service worker controls the tab. */
async function openTab(context: BrowserContext, problems: string[]) {
  const page = await context.newPage();
  recordPageProblems(page, problems);
  await page.goto(server.origin);
  await waitForServiceWorkerControl(page);
  return page;
}

const openRulebook = async (page: Page) => {
  await page.getByRole('link', { name: 'How this tool decides' }).click();
  await page.getByRole('heading', { level: 1, name: 'How this tool decides' }).waitFor();
};

describe('a new version deployed while the app is open', () => {
  it('keeps every open tab whole on its own version, and moves a tab to the new one when the person reloads', async () => {
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(60_000);
    const problems: string[] = [];
    try {
      const reloading = await openTab(context, problems);
      const reading = await openTab(context, problems);
      const idle = await openTab(context, problems);
      expect(await entryIn(reloading)).toBe(await entryOf(first));

      server.serve(second.outDir);
      await reloading.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
      for (const page of [reloading, reading, idle]) await page.getByText('A new version of this tool is ready').waitFor();

      // The new version waits: a tab on the version before still loads a file it had not needed.
      await openRulebook(reading);
      expect(await entryIn(reading)).toBe(await entryOf(first));

      await Promise.all([reloading.waitForEvent('load'), reloading.getByRole('button', { name: 'Reload to update' }).click()]);
      expect(await entryIn(reloading)).toBe(await entryOf(second));
      await openRulebook(reloading);

      // The new version has taken over every tab; one still on the version before keeps its files.
      await openRulebook(idle);
      expect(await entryIn(idle)).toBe(await entryOf(first));
      await Promise.all([idle.waitForEvent('load'), idle.getByRole('button', { name: 'Reload to update' }).click()]);
      expect(await entryIn(idle)).toBe(await entryOf(second));

      expect(server.notFound).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
