/**
 * The walk of every public vignette and the offline walk, in Firefox (puppeteer-core over WebDriver
 * BiDi) and in WebKit (WebKitWebDriver and MiniBrowser over W3C WebDriver), through the same walker
 * as Chromium's tests (support/answer-through-page.ts). Each walk is a new visitor: a new browser
 * context in Firefox, a new WebDriver session (a new MiniBrowser) in WebKit.
 *
 * The two engines run side by side (their walks wait on the browser more than they work), each
 * walking one vignette at a time; the app is built once and served to both.
 *
 * E2E_SCREENSHOT_DIR=folder saves each engine's first result page there, to look at.
 */
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicVignette, vignetteFiles } from '../helpers/vignettes';
import { walkQuestionnaire } from './support/answer-through-page';
import { launchFirefox, openFirefoxPage } from './support/firefox';
import type { PageDriver } from './support/page-driver';
import { buildApp, serveBuild, type BuiltApp, type ServedApp } from './support/serve-built-app';
import { waitForServiceWorkerControlIn } from './support/service-worker';
import { openWebKitPage, startWebKitDriver, type WebKitDriverService } from './support/webkit';

const vignettes = vignetteFiles()['public.json'] ?? [];
const offlineVignette = publicVignette('fever');
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;
const TIMEOUT = 180_000;
// Above the adapters' deadline for one command (65 s), so that a stalled command is named before the test gives up.
const WALK_TIMEOUT = 150_000;

let built: BuiltApp | undefined;
let app: ServedApp | undefined;

beforeAll(async () => {
  built = await buildApp();
  app = await serveBuild(built.outDir);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await built?.remove();
});

const origin = () => {
  if (!app) throw new Error('the app is not served yet');
  return app.origin;
};

/** A second server of the same build, on its own port (so its own origin), for a test to stop. */
const serveAnother = () => {
  if (!built) throw new Error('the app is not built yet');
  return serveBuild(built.outDir);
};

/** A browser's page for one walk: its driver, what it saw go wrong, and how to close it. */
interface EnginePage {
  driver: PageDriver;
  problems: () => Promise<string[]>;
  close: () => Promise<void>;
}

interface Engine {
  name: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  open: (origin: string) => Promise<EnginePage>;
}

let firefox: Browser | undefined;
let webkit: WebKitDriverService | undefined;

const engines: Engine[] = [
  {
    name: 'Firefox',
    start: async () => {
      firefox = await launchFirefox();
    },
    stop: async () => {
      await firefox?.close();
    },
    open: async (at) => {
      if (!firefox) throw new Error('Firefox is not running');
      const watched = await openFirefoxPage(firefox, at);
      return { driver: watched.driver, problems: async () => watched.problems, close: watched.close };
    },
  },
  {
    name: 'WebKit',
    start: async () => {
      webkit = await startWebKitDriver();
    },
    stop: async () => {
      await webkit?.stop();
    },
    open: async (at) => {
      if (!webkit) throw new Error('WebKitWebDriver is not running');
      return openWebKitPage(webkit, at);
    },
  },
];

/** Opens a page, runs the test on it and closes it whatever happens. */
async function withPage(engine: Engine, at: string, test: (page: EnginePage) => Promise<void>) {
  const page = await engine.open(at);
  try {
    await test(page);
  } finally {
    await page.close();
  }
}

// One engine after the other: run at once beside the other test files, WebKit walks now and then
// stalled inside a WebDriver command, never when the engines took turns.
describe.each(engines)('in $name', (engine) => {
  let screenshotTaken = false;

  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());

  it.sequential('has vignettes to answer', () => {
    expect(vignettes.length).toBeGreaterThan(0);
  });

  it.sequential("opens the page at a phone's width, and names the engine, its version and the command when one fails", () =>
    withPage(engine, origin(), async ({ driver }) => {
      const width = await driver.evaluate(() => window.innerWidth);
      // MiniBrowser's window will not go narrower than its toolbar (447 px in WebKitGTK 2.50), and
      // classic WebDriver has no viewport emulation: a phone's width is as near as it can get.
      if (engine.name === 'WebKit') expect(width).toBeLessThanOrEqual(480);
      else expect(width).toBe(390);
      const refused = driver.evaluate(() => {
        throw new Error('refused on purpose');
      });
      await expect(refused).rejects.toThrow(
        new RegExp(`^${engine.name} \\d+(\\.\\d+)+: evaluate\\(.*\\) failed: .*refused on purpose`),
      );
    }),
  );

  it.sequential.each(vignettes.map((v) => [v.id, v] as const))(
    'the public vignette %s reaches its expected level',
    // Should a WebDriver command stall all the same (none has a timeout of its own), one more try in
    // a fresh session tells a stall from a defect, which fails both times.
    { timeout: WALK_TIMEOUT, retry: 1 },
    (_id, vignette) =>
      withPage(engine, origin(), async ({ driver, problems }) => {
        expect(await walkQuestionnaire(driver, vignette.answers)).toBe(vignette.expect.disposition);
        if (screenshotDir && !screenshotTaken) {
          screenshotTaken = true;
          await driver.screenshot(join(screenshotDir, `result-${engine.name.toLowerCase()}-${vignette.id}.png`));
        }
        expect(await problems()).toEqual([]);
      }),
  );

  it.sequential(
    'after one visit, loads and answers a whole questionnaire with the server stopped',
    async () => {
      // A driver cannot take the network away, so the server goes instead.
      const server = await serveAnother();
      try {
        await withPage(engine, server.origin, async ({ driver, problems }) => {
          await waitForServiceWorkerControlIn(driver);
          await server.close();
          await expect(fetch(server.origin)).rejects.toThrow();

          await driver.reload();
          expect(await driver.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
          expect(await walkQuestionnaire(driver, offlineVignette.answers)).toBe(offlineVignette.expect.disposition);
          expect(await problems()).toEqual([]);
        });
      } finally {
        await server.close();
      }
    },
    TIMEOUT,
  );
});
