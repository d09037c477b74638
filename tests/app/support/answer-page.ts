import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { AnswersDraft } from '../../../src/app/lib/answers-draft';
import { optionsOf, shippedRuleSet, type AnswerField, type QuestionnaireItem, type QuestionnairePage } from '../../../src/triage';

/**
 * The questionnaire as the app shows it: the questions' words and the options' labels, which a
 * person reads. The helpers below use it only to turn a contract answer into what a person ticks.
 */
export const questionnaire = shippedRuleSet().questionnaire;

const allItems = questionnaire.pages.flatMap((page) => page.items);

/** The question that fills a contract field. */
export function itemFor(field: AnswerField): QuestionnaireItem {
  const item = allItems.find((candidate) => candidate.field === field);
  if (!item) throw new Error(`no question fills ${field}`);
  return item;
}

/** The page that asks a contract field. */
export function pageOf(field: AnswerField): QuestionnairePage {
  const page = questionnaire.pages.find((candidate) => candidate.items.some((item) => item.field === field));
  if (!page) throw new Error(`no page asks ${field}`);
  return page;
}

/** The page's address, as the app's links write it. */
export const pageHref = (field: AnswerField) => `#/page/${pageOf(field).id}`;

/** The page with this heading. */
function pageTitled(title: string): QuestionnairePage {
  const page = questionnaire.pages.find((candidate) => candidate.title === title);
  if (!page) throw new Error(`"${title}" is not a page of questions`);
  return page;
}

/**
 * The question on screen, as a person finds it: its fieldset named by its legend, or for a number
 * its text box named by its label. Two questions on one page may ask in the same words ("Do any of
 * these apply to you?"): they are told apart by their order on the page.
 */
export function questionOnScreen(item: QuestionnaireItem): HTMLElement | undefined {
  const role = item.kind === 'number' ? 'textbox' : 'group';
  // At a check-in, a question may be asked in words that look back to the visit before.
  const asked = item.textAtCheckIn && screen.queryAllByRole(role, { name: item.textAtCheckIn }).length > 0;
  const found = screen.queryAllByRole(role, { name: asked ? item.textAtCheckIn : item.text });
  if (found.length <= 1) return found[0];
  const sameWords = pageOf(item.field).items.filter((other) => other.text === item.text);
  if (sameWords.length !== found.length) throw new Error(`cannot tell apart the questions "${item.text}"`);
  return found[sameWords.indexOf(item)];
}

/** The label a person reads for a contract value of this question. */
function labelFor(item: QuestionnaireItem, value: unknown): string {
  const option = optionsOf(questionnaire, item).find((candidate) => candidate.value === value);
  if (!option) throw new Error(`${item.field} has no option ${JSON.stringify(value)}`);
  return option.label;
}

/** Gives one answer the way a person would: clicks the labels, or types into the box. */
async function answerQuestion(user: UserEvent, item: QuestionnaireItem, control: HTMLElement, answer: unknown) {
  switch (item.kind) {
    case 'number':
      await user.clear(control);
      await user.type(control, String(answer));
      return;
    case 'radios':
      await user.click(within(control).getByRole('radio', { name: labelFor(item, answer) }));
      return;
    case 'checkboxes':
    case 'body-map': {
      const values = answer as unknown[];
      const none = item.kind === 'checkboxes' ? item.none?.label : undefined;
      if (values.length === 0 && !none) throw new Error(`${item.field} cannot be answered with nothing ticked`);
      const wanted = new Set(values.length === 0 ? [none] : values.map((value) => labelFor(item, value)));
      const labels = [...optionsOf(questionnaire, item).map((option) => option.label), ...(none ? [none] : [])];
      for (const label of labels) {
        const box = within(control).getByRole('checkbox', { name: label });
        if ((box as HTMLInputElement).checked !== wanted.has(label)) await user.click(box);
      }
    }
  }
}

/** The page of questions on screen, found by its heading. */
export function pageOnScreen(): QuestionnairePage {
  return pageTitled(screen.getByRole('heading', { level: 1 }).textContent ?? '');
}

/**
 * Answers every question on the page on screen that `answers` holds an answer for, and leaves the
 * others as they are (a question not in `answers` is left blank on a new page).
 */
export async function fillPage(user: UserEvent, answers: AnswersDraft): Promise<void> {
  for (const item of pageOnScreen().items) {
    const answer = answers[item.field];
    if (answer === undefined) continue;
    const control = questionOnScreen(item);
    // Not asked, given the earlier answers.
    if (!control) continue;
    await answerQuestion(user, item, control, answer);
  }
}

/** Presses Continue and waits for the next page; fails with the page's errors if it stays. */
export async function pressContinue(user: UserEvent): Promise<void> {
  const before = window.location.hash;
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await waitFor(() => {
    if (window.location.hash === before)
      throw new Error(`still on ${before}: ${screen.queryByRole('alert')?.textContent ?? 'no problem shown'}`);
  });
}

/** Answers the page on screen from `answers` and goes on. */
export async function answerPage(user: UserEvent, answers: AnswersDraft): Promise<void> {
  await fillPage(user, answers);
  await pressContinue(user);
}

/** Answers page after page from `answers` until the page with this heading is on screen. */
export async function answerUntil(user: UserEvent, heading: string, answers: AnswersDraft): Promise<void> {
  for (let pages = 0; pages <= questionnaire.pages.length; pages++) {
    if (screen.getByRole('heading', { level: 1 }).textContent === heading) return;
    await answerPage(user, answers);
  }
  throw new Error(`never reached "${heading}"`);
}
