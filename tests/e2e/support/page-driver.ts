/**
 * What the walk through the questionnaire needs from a browser, so that one walker serves every
 * engine: Chromium (playwright-core, ./chromium.ts), Firefox (puppeteer-core over WebDriver BiDi,
 * ./firefox.ts) and WebKit (selenium-webdriver over W3C WebDriver, ./webkit.ts).
 *
 * Selectors are CSS. Every method waits (up to the adapter's timeout) for what it acts on, except
 * count(), which answers at once.
 */
export interface PageDriver {
  /** The engine's name, for messages. */
  readonly engine: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** window.location.hash, e.g. "#/page/heart-signs" ("" on the start page). */
  hash(): Promise<string>;
  /** Waits until window.location.hash is no longer `previous`. */
  waitForHashChange(previous: string): Promise<void>;
  /** Clicks the visible element with this role whose accessible name is exactly `name`. */
  clickRole(role: 'button' | 'link', name: string): Promise<void>;
  /** Clicks the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** Ticks (or selects) the radio or checkbox `input[name=…][value=…]` inside `main`, if it is not already. */
  check(name: string, value: string): Promise<void>;
  /** Types `text` into the first element matching the selector, replacing what was there. */
  fill(selector: string, text: string): Promise<void>;
  /** How many elements match the selector now. */
  count(selector: string): Promise<number>;
  /** Waits until an element matching the selector is visible (some match may stay hidden). */
  waitForVisible(selector: string): Promise<void>;
  /** The attribute of the first element matching the selector, once there is one. */
  attribute(selector: string, name: string): Promise<string | null>;
  /**
   * Runs a function in the page and returns its (JSON-able) result. The function is sent as its
   * source, so it must use nothing from outside itself.
   */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Waits until a function (sent as for evaluate) returns something truthy in the page. */
  waitForFunction(fn: () => unknown): Promise<void>;
  /** Saves a PNG of the viewport. */
  screenshot(path: string): Promise<void>;
}

/** Elements that have the role, implicitly or explicitly; the walk needs only these two roles. */
export const ROLE_SELECTORS = {
  link: 'a[href], [role="link"]',
  button: 'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"]',
} as const;

/**
 * Run in the page (sent as its source, so it uses nothing from outside itself, and names no inner
 * function: tsx would wrap a named one in a helper the page does not have): the first visible
 * element matching `selector` whose name (its aria-label, else its text, spaces collapsed) is
 * exactly `name`, or null. Visible as Playwright means it: a box on the page, and not
 * visibility: hidden. The adapters then check the element against the engine's accessibility tree.
 */
export function findVisibleNamedInPage(selector: string, name: string): Element | null {
  return (
    Array.from(document.querySelectorAll(selector)).find(
      (element) =>
        element.getClientRects().length > 0 &&
        getComputedStyle(element).visibility !== 'hidden' &&
        (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim() === name,
    ) ?? null
  );
}

/** Run in the page: whether any element matching `selector` is visible (as above). */
export function anyVisibleInPage(selector: string): boolean {
  return Array.from(document.querySelectorAll(selector)).some(
    (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
  );
}

/** The first line of an error's message: a protocol error's message carries the browser's stack after it. */
export const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';

/** How a command is named in a message: its method and its arguments, functions by their name. */
const describeCall = (method: string, args: unknown[]) =>
  `${method}(${args.map((arg) => (typeof arg === 'function' ? arg.name || 'a function' : JSON.stringify(arg))).join(', ')})`;

/**
 * The driver, with every command bound to a deadline and every failure told in one line that names
 * the engine and its version (`browser`, e.g. "Firefox 140.12.0"), the command and what the browser
 * said, instead of a protocol stack trace or a walk that waits until the test's own timeout. A
 * command that waits for something (waitForVisible, clickRole …) waits at most its adapter's own
 * timeout, so `deadlineMs` is set above that and catches only a command the browser never answers.
 */
export function withNamedFailures(driver: PageDriver, browser: string, deadlineMs: number): PageDriver {
  const named = { ...driver, engine: driver.engine } as Record<string, unknown>;
  for (const [method, command] of Object.entries(driver)) {
    if (typeof command !== 'function') continue;
    named[method] = async (...args: unknown[]) => {
      const call = describeCall(method, args);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stalled = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${browser}: ${call} got no answer within ${deadlineMs / 1000} s`)),
          deadlineMs,
        );
      });
      try {
        return await Promise.race([(command as (...a: unknown[]) => Promise<unknown>).apply(driver, args), stalled]);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith(`${browser}: `)) throw error;
        throw new Error(`${browser}: ${call} failed: ${firstLine(error)}`, { cause: error });
      } finally {
        clearTimeout(timer);
      }
    };
  }
  return named as unknown as PageDriver;
}
