import type { Page } from 'playwright-core';

export interface WalkOptions {
  /** Called on each page the walk reaches, e.g. to run axe. */
  onPage?: (page: Page, hash: string) => Promise<void>;
  /** Called just before each click that leaves a page, e.g. to give the page a person's reading time. */
  beforeClick?: (page: Page) => Promise<void>;
}

const currentHash = (page: Page) => page.evaluate(() => window.location.hash);

async function clickAndWaitForNewPage(page: Page, name: string, role: 'button' | 'link', options: WalkOptions) {
  const before = await currentHash(page);
  await options.beforeClick?.(page);
  await page.getByRole(role, { name, exact: true }).click();
  await page.waitForFunction((previous) => window.location.hash !== previous, before);
}

/** Answers one question the way the contract names it: input name = field, value = the contract's value. */
async function answerQuestion(page: Page, field: string, answer: unknown, options: WalkOptions) {
  if (answer === undefined) return clickAndWaitForNewPage(page, 'Skip this question', 'button', options);
  const input = (value: string) => page.locator(`main input[name="${field}"][value="${value}"]`);
  if (Array.isArray(answer)) {
    for (const value of answer.length === 0 ? ['none'] : answer) await input(String(value)).check();
  } else if ((await page.locator(`main input[name="${field}"][type="text"]`).count()) > 0) {
    await page.locator(`main input[name="${field}"]`).fill(String(answer));
  } else {
    await input(String(answer)).check();
  }
  await clickAndWaitForNewPage(page, 'Continue', 'button', options);
}

/**
 * Answers a set of answers through the questionnaire from the start page, as a person would,
 * until the result's care card appears. Returns the card's level.
 */
export async function answerThroughPage(page: Page, answers: Record<string, unknown>, options: WalkOptions = {}): Promise<string> {
  const { onPage } = options;
  await onPage?.(page, await currentHash(page));
  await clickAndWaitForNewPage(page, 'Start now', 'link', options);
  for (let pages = 0; pages < 100; pages++) {
    const hash = await currentHash(page);
    if (hash === '#/result') {
      const card = page.locator('main [data-disposition]');
      await card.waitFor();
      await onPage?.(page, hash);
      return (await card.getAttribute('data-disposition')) ?? 'none';
    }
    // Visible only: the app renders the result, hidden, behind the check page.
    await page.locator('main h1').filter({ visible: true }).waitFor();
    await onPage?.(page, hash);
    if (hash === '#/check') {
      await clickAndWaitForNewPage(page, 'Get my result', 'link', options);
    } else {
      const field = await page.locator('main form input[name]').first().getAttribute('name');
      if (!field) throw new Error(`no question on ${hash}`);
      await answerQuestion(page, field, answers[field], options);
    }
  }
  throw new Error('the questionnaire did not reach a result in 100 pages');
}
