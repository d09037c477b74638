import {
  enabledPages,
  inJourney,
  journeyPages,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnairePage,
} from '../../../triage';
import { isAnswered, type AnswersDraft } from '../answers-draft';
import { CHECK, questionsPage, type Route } from '../navigation';

/** An item the person must answer; the loader has made sure every field the contract insists on is marked so. */
export const mustAnswer = (item: QuestionnaireItem) => item.required === true;

const missingRequired = (page: QuestionnairePage, draft: AnswersDraft) =>
  page.items.some((item) => mustAnswer(item) && !isAnswered(draft, item.field));

export const pageById = (questionnaire: Questionnaire, id: string) => questionnaire.pages.find((page) => page.id === id);

/** Every required question asked, given the answers, is answered: the check page and the result may open. */
export const isComplete = (questionnaire: Questionnaire, draft: AnswersDraft) =>
  enabledPages(questionnaire, draft).every((page) => !missingRequired(page, draft));

const indexIn = (pages: QuestionnairePage[], id: string) => pages.findIndex((page) => page.id === id);

/** The page after this one on the way through, or the check page. */
export function routeAfter(questionnaire: Questionnaire, id: string, draft: AnswersDraft): Route {
  const pages = journeyPages(questionnaire, draft);
  const next = pages[indexIn(pages, id) + 1];
  return next ? questionsPage(next.id) : CHECK;
}

/**
 * After a change made from the check page: the first later page holding a question that the change
 * opened (asked now, not before) and that has no answer yet, then back to the check page.
 */
export function routeAfterChange(questionnaire: Questionnaire, id: string, before: AnswersDraft, after: AnswersDraft): Route {
  const pages = journeyPages(questionnaire, after);
  const askedBefore = new Set(journeyPages(questionnaire, before).flatMap((page) => page.items.map((item) => item.field)));
  const opened = pages
    .slice(indexIn(pages, id) + 1)
    .find((page) => page.items.some((item) => !askedBefore.has(item.field) && !isAnswered(after, item.field)));
  return opened ? questionsPage(opened.id, true) : CHECK;
}

export function previousPage(questionnaire: Questionnaire, id: string, draft: AnswersDraft): QuestionnairePage | undefined {
  const pages = journeyPages(questionnaire, draft);
  return pages[indexIn(pages, id) - 1];
}

export const lastPage = (questionnaire: Questionnaire, draft: AnswersDraft) => journeyPages(questionnaire, draft).at(-1);

/** Where to pick up: the first page with a required question unanswered, or the page after the last one answered. */
export function resumeRoute(questionnaire: Questionnaire, draft: AnswersDraft): Route {
  const pages = journeyPages(questionnaire, draft);
  const lastAnswered = pages.map((page) => page.items.some((item) => isAnswered(draft, item.field))).lastIndexOf(true);
  const firstMissing = pages.findIndex((page) => missingRequired(page, draft));
  const target = firstMissing === -1 ? lastAnswered + 1 : Math.min(firstMissing, lastAnswered + 1);
  const next = pages[target];
  return next ? questionsPage(next.id) : CHECK;
}

/** A page may be opened only when it is asked and every required question before it is answered. */
export function canOpen(questionnaire: Questionnaire, id: string, draft: AnswersDraft): boolean {
  const pages = journeyPages(questionnaire, draft);
  const index = indexIn(pages, id);
  return index !== -1 && pages.slice(0, index).every((page) => !missingRequired(page, draft));
}

/**
 * Which page this is, out of how many: counted over every page, asked or not, so that the total
 * never changes as answers open or close a page.
 */
export function progress(questionnaire: Questionnaire, id: string, draft: AnswersDraft) {
  const pages = questionnaire.pages.filter((page) => inJourney(page, draft));
  return { page: indexIn(pages, id) + 1, pages: pages.length };
}

/** The last page with an answer on it: where a walk stopped by an emergency was. */
export const lastAnsweredPage = (questionnaire: Questionnaire, draft: AnswersDraft) =>
  journeyPages(questionnaire, draft)
    .reverse()
    .find((page) => page.items.some((item) => isAnswered(draft, item.field)));
