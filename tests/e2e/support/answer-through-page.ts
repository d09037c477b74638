import type { Page } from 'playwright-core';
import type { PageDriver } from './page-driver';
import { playwrightDriver } from './playwright-driver';

export interface WalkOptions {
  /** Called on each page the walk reaches, e.g. to run axe. */
  onPage?: (page: Page, hash: string) => Promise<void>;
  /** Called just before each click that leaves a page, e.g. to give the page a person's reading time. */
  beforeClick?: (page: Page) => Promise<void>;
}

/** The walk's hooks, for any engine. */
export interface WalkHooks {
  /** Called on each page the walk reaches. */
  onPage?: (hash: string) => Promise<void>;
  /** Called just before each click that leaves a page. */
  beforeClick?: () => Promise<void>;
}

async function clickAndWaitForNewPage(driver: PageDriver, name: string, role: 'button' | 'link', hooks: WalkHooks) {
  const before = await driver.hash();
  await hooks.beforeClick?.();
  await driver.clickRole(role, name);
  await driver.waitForHashChange(before);
}

/** A contract value as the form writes it: answers are strings, numbers, booleans or lists of them. */
const asText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Answers one question the way the contract names it: input name = field, value = the contract's value. */
async function answerQuestion(driver: PageDriver, field: string, answer: unknown) {
  if (Array.isArray(answer)) {
    for (const value of answer.length === 0 ? ['none'] : answer) await driver.check(field, asText(value));
  } else if ((await driver.count(`main input[name="${field}"][type="text"]`)) > 0) {
    await driver.fill(`main input[name="${field}"]`, asText(answer));
  } else {
    await driver.check(field, asText(answer));
  }
}

/** Run in the page: the names of the form's controls, in order, each once. */
function controlNamesInPage(): string[] {
  return [
    ...new Set(Array.from(document.querySelectorAll('main form input[name]'), (input) => input.getAttribute('name') ?? '')),
  ];
}

/** Answers every question on a page that the answers hold, leaves the others blank, and goes on. */
async function answerPage(driver: PageDriver, answers: Record<string, unknown>, hooks: WalkHooks) {
  const fields = await driver.evaluate(controlNamesInPage);
  if (fields.length === 0) throw new Error(`no question on ${await driver.hash()} in ${driver.engine}`);
  for (const field of fields) if (answers[field] !== undefined) await answerQuestion(driver, field, answers[field]);
  await clickAndWaitForNewPage(driver, 'Continue', 'button', hooks);
}

/**
 * Answers a set of answers through the questionnaire from the start page, as a person would,
 * until the result's care card appears, in any engine. Returns the card's level.
 */
export async function walkQuestionnaire(
  driver: PageDriver,
  answers: Record<string, unknown>,
  hooks: WalkHooks = {},
): Promise<string> {
  await hooks.onPage?.(await driver.hash());
  await clickAndWaitForNewPage(driver, 'Start now', 'link', hooks);
  return answerToResult(driver, answers, hooks);
}

/** From the page on screen (a page of questions, the check page or the result), answers on until the care card; returns its level. */
export async function answerToResult(
  driver: PageDriver,
  answers: Record<string, unknown>,
  hooks: WalkHooks = {},
): Promise<string> {
  const { onPage } = hooks;
  for (let pages = 0; pages < 100; pages++) {
    const hash = await driver.hash();
    if (hash === '#/result') {
      await driver.waitForVisible('main [data-disposition]');
      await onPage?.(hash);
      return (await driver.attribute('main [data-disposition]', 'data-disposition')) ?? 'none';
    }
    // Visible only: the app renders the result, hidden, behind the check page.
    await driver.waitForVisible('main h1');
    await onPage?.(hash);
    if (hash === '#/check') {
      await clickAndWaitForNewPage(driver, 'Get my result', 'link', hooks);
    } else {
      await answerPage(driver, answers, hooks);
    }
  }
  throw new Error(`the questionnaire did not reach a result in 100 pages in ${driver.engine}`);
}

/**
 * Answers a set of answers through the questionnaire in Chromium (a Playwright page), from the
 * start page; returns the care card's level. The walk itself is walkQuestionnaire's.
 */
export function answerThroughPage(page: Page, answers: Record<string, unknown>, options: WalkOptions = {}): Promise<string> {
  const { onPage, beforeClick } = options;
  return walkQuestionnaire(playwrightDriver(page), answers, {
    onPage: onPage && ((hash) => onPage(page, hash)),
    beforeClick: beforeClick && (() => beforeClick(page)),
  });
}
