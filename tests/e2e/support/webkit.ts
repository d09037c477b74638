/**
 * WebKit, Safari's engine: Debian's WebKitGTK MiniBrowser (`apt-get install webkit2gtk-driver xvfb`;
 * browsers cannot be downloaded here), driven over W3C WebDriver by WebKitWebDriver, in a virtual
 * X display (xvfb-run), as WebKitGTK has no headless mode.
 *
 * The client is selenium-webdriver rather than webdriverio: it is one package with four small
 * dependencies (webdriverio brings well over a hundred), its 4.46 line runs on Node 20 (4.47 on needs
 * Node 22; webdriverio 9 needs Node 20.20.2), and a plain remote session to a driver we start
 * ourselves is all it has to do (no Selenium Manager download: `usingServer` skips it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Builder, By, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { withNamedFailures, type PageDriver } from './page-driver';

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';

/** `dpkg -L libwebkit2gtk-4.1-0 | grep MiniBrowser`: /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser. MINIBROWSER_PATH overrides it. */
function miniBrowserPath(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const found = readdirSync('/usr/lib')
    .map((dir) => join('/usr/lib', dir, 'webkit2gtk-4.1', 'MiniBrowser'))
    .find((path) => existsSync(path));
  if (!found) throw new Error('no MiniBrowser: apt-get install -y webkit2gtk-driver');
  return found;
}

/** Generous, as for Chromium: two browsers may share this 2-core machine. */
const TIMEOUT = 60_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

export interface WebKitDriverService {
  /** A new WebDriver session: a new MiniBrowser with its own (ephemeral) storage, so a new visitor. */
  newSession: () => Promise<WebDriver>;
  stop: () => Promise<void>;
}

/** Starts WebKitWebDriver in a virtual X display on a free local port, and waits until it is ready. */
export async function startWebKitDriver(): Promise<WebKitDriverService> {
  const binary = miniBrowserPath();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Its own process group, so that stopping it stops xvfb-run, Xvfb, the driver and any MiniBrowser left.
  const child: ChildProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  let exited = false;
  const kill = () => {
    if (!exited && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  };
  // Should the test run end without stop() (a crash), the driver and its display go with it.
  process.once('exit', kill);
  child.once('exit', () => {
    exited = true;
    process.removeListener('exit', kill);
  });
  child.once('error', () => (exited = true)); // no xvfb-run
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error('WebKitWebDriver did not start: apt-get install -y webkit2gtk-driver xvfb');
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      kill();
      throw new Error(`WebKitWebDriver did not answer on ${url} within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    newSession: async () => {
      const driver = await new Builder()
        .usingServer(url)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } })
        .build();
      await driver.manage().setTimeouts({ implicit: 0, pageLoad: TIMEOUT, script: TIMEOUT });
      return driver;
    },
    stop: async () => {
      if (exited || child.pid === undefined) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      kill();
      await gone;
    },
  };
}

/**
 * Waits in the page (one round trip, not a poll over the wire) until `test`, the body of a function
 * of `args`, returns something truthy; fails with `what` after the timeout.
 */
async function waitInPage(driver: WebDriver, what: string, test: string, ...args: unknown[]): Promise<void> {
  const met = await driver.executeAsyncScript<boolean>(
    `const done = arguments[arguments.length - 1];
     const args = Array.prototype.slice.call(arguments, 0, -1);
     const test = function () { ${test} };
     const until = Date.now() + ${TIMEOUT - 5_000};
     (function poll() {
       let ok = false;
       try { ok = Boolean(test.apply(null, args)); } catch (error) { ok = false; }
       if (ok || Date.now() > until) done(ok); else setTimeout(poll, 15);
     })();`,
    ...args,
  );
  if (!met) throw new Error(`WebKit: timed out waiting for ${what}`);
}

const VISIBLE = "(element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden'";

/** Elements that have the role implicitly or explicitly; only these two roles are needed. */
const ROLE_SELECTORS = {
  link: 'a[href], [role="link"]',
  button: 'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"]',
};

/**
 * WebKitWebDriver scrolls an element into view only if none of it shows, then clicks its centre: an
 * element cut by the bottom edge gets a click below the window, which nothing receives. Centre it first.
 */
async function clickInView(driver: WebDriver, element: WebElement) {
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", element);
  await element.click();
}

/** The adapter for one WebDriver session in MiniBrowser. Clicks and typing are WebDriver's own, real input events. */
function webkitDriver(driver: WebDriver): PageDriver {
  const present = (selector: string) =>
    waitInPage(driver, selector, 'return document.querySelector(arguments[0]) !== null;', selector);
  const first = async (selector: string): Promise<WebElement> => {
    await present(selector);
    return driver.findElement(By.css(selector));
  };
  return {
    engine: 'WebKit',
    goto: async (url) => {
      await driver.get(url);
    },
    reload: async () => {
      await driver.navigate().refresh();
    },
    hash: () => driver.executeScript<string>('return window.location.hash;'),
    waitForHashChange: (previous) =>
      waitInPage(
        driver,
        `the page after ${previous || 'the start page'}`,
        'return window.location.hash !== arguments[0];',
        previous,
      ),
    clickRole: async (role, name) => {
      // Found in the page by visible text (or aria-label), then confirmed by WebKit's own
      // accessibility tree (WebDriver's computed role and label), then clicked as a person would.
      const find = `const visible = ${VISIBLE};
        const named = (element) => (element.getAttribute('aria-label') || element.textContent || element.value || '').replace(/\\s+/g, ' ').trim();
        return Array.prototype.find.call(document.querySelectorAll(arguments[0]), (element) => visible(element) && named(element) === arguments[1]) || null;`;
      await waitInPage(driver, `the ${role} "${name}"`, find, ROLE_SELECTORS[role], name);
      const element = await driver.executeScript<WebElement>(find, ROLE_SELECTORS[role], name);
      const [actualRole, actualName] = await Promise.all([element.getAriaRole(), element.getAccessibleName()]);
      if (actualRole !== role || actualName !== name) {
        throw new Error(`WebKit: the element for the ${role} "${name}" is a ${actualRole} named "${actualName}"`);
      }
      await clickInView(driver, element);
    },
    click: async (selector) => {
      await clickInView(driver, await first(selector));
    },
    check: async (name, value) => {
      const selector = `main input[name="${name}"][value="${value}"]`;
      const input = await first(selector);
      if (!(await input.isSelected())) await clickInView(driver, input);
      await waitInPage(
        driver,
        `${selector} to be ticked`,
        'const input = document.querySelector(arguments[0]); return input !== null && input.checked;',
        selector,
      );
    },
    fill: async (selector, text) => {
      const input = await first(selector);
      if ((await input.getAttribute('value')) !== '') await input.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
      await input.sendKeys(text);
    },
    count: (selector) => driver.executeScript<number>('return document.querySelectorAll(arguments[0]).length;', selector),
    waitForVisible: (selector) =>
      waitInPage(
        driver,
        `${selector} to be visible`,
        `return Array.prototype.some.call(document.querySelectorAll(arguments[0]), ${VISIBLE});`,
        selector,
      ),
    attribute: async (selector, name) => {
      await present(selector);
      return driver.executeScript<string | null>(
        'return document.querySelector(arguments[0]).getAttribute(arguments[1]);',
        selector,
        name,
      );
    },
    evaluate: (fn) => driver.executeScript(`return (${fn.toString()})();`),
    waitForFunction: (fn) => waitInPage(driver, fn.toString(), `return (${fn.toString()})();`),
    screenshot: async (path) => {
      await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
  };
}

export interface WatchedWebKitPage {
  session: WebDriver;
  driver: PageDriver;
  /** Content-Security-Policy violations, uncaught errors and resources from another origin, as far as the page can see them (see openWebKitPage). */
  problems: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** Installed after each load: classic WebDriver has no console or network events to listen to. */
const WATCH = `if (!window.__e2eProblems) {
  window.__e2eProblems = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__e2eProblems.push('Content-Security-Policy violation: ' + event.violatedDirective + ' ' + event.blockedURI));
  window.addEventListener('error', (event) => window.__e2eProblems.push('page error: ' + event.message));
  window.addEventListener('unhandledrejection', (event) => window.__e2eProblems.push('page error: ' + String(event.reason)));
}`;

/**
 * A new session (a new visitor) at the app's origin, at phone width where the window can be sized.
 * What it watches is less than in Chromium and Firefox: WebDriver classic cannot see the console or
 * the network, so it records Content-Security-Policy violations and uncaught errors from when the
 * page has loaded (the app is one page, so the whole walk), and reads the page's resource timing for
 * anything fetched from another origin.
 */
export async function openWebKitPage(service: WebKitDriverService, origin: string): Promise<WatchedWebKitPage> {
  const session = await service.newSession();
  const watch = () => session.executeScript(WATCH);
  try {
    await session.manage().window().setRect({ width: 390, height: 844 });
    const version = String((await session.getCapabilities()).get('browserVersion') ?? 'of unknown version');
    const adapter = withNamedFailures(webkitDriver(session), `WebKit ${version}`, TIMEOUT + 5_000);
    const driver: PageDriver = {
      ...adapter,
      goto: async (url) => {
        await adapter.goto(url);
        await watch();
      },
      reload: async () => {
        await adapter.reload();
        await watch();
      },
    };
    await driver.goto(origin);
    return {
      session,
      driver,
      problems: () =>
        session.executeScript<string[]>(
          `const origin = arguments[0];
           const elsewhere = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin);
           return (window.__e2eProblems || []).concat(elsewhere.map((url) => 'request to another origin: ' + url));`,
          origin,
        ),
      close: () => session.quit(),
    };
  } catch (error) {
    await session.quit();
    throw error;
  }
}
