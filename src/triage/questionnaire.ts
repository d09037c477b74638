import type { AnswerField, AnswersInput } from './contract';
import type { AnswerOption, EnableWhen, Questionnaire, QuestionnaireItem, QuestionnairePage } from './questionnaire-schema';

/** Answers given so far: any part of the contract, as entered. */
type Draft = Partial<AnswersInput>;

/** An item's options, its own or its choice set's. */
export function optionsOf(questionnaire: Questionnaire, item: QuestionnaireItem): AnswerOption[] {
  if (item.kind === 'number' || item.kind === 'hidden') return [];
  return typeof item.options === 'string' ? (questionnaire.choiceSets[item.options]?.options ?? []) : item.options;
}

export function emptyErrorOf(questionnaire: Questionnaire, item: QuestionnaireItem): string {
  const set = item.kind === 'radios' && typeof item.options === 'string' ? questionnaire.choiceSets[item.options] : undefined;
  return (item.kind !== 'hidden' ? item.emptyError : undefined) ?? set?.emptyError ?? 'Answer this question';
}

/**
 * As FHIR reads enableWhen: only "exists" can hold for a question not answered. An empty list is an
 * answer ("none of these" was ticked), as the coded "none" it becomes in FHIR.
 */
function holds({ question, operator, answer }: EnableWhen, draft: Draft): boolean {
  const given: unknown = draft[question];
  if (operator === 'exists') return (given !== undefined) === answer;
  if (given === undefined) return false;
  const equal = Array.isArray(given) ? given.includes(answer) : given === answer;
  return operator === '=' ? equal : !equal;
}

export function isEnabled(node: QuestionnairePage | QuestionnaireItem, draft: Draft): boolean {
  const { enableWhen, enableBehavior = 'all' } = node;
  if (!enableWhen) return true;
  return enableBehavior === 'any' ? enableWhen.some((c) => holds(c, draft)) : enableWhen.every((c) => holds(c, draft));
}

/** The items a page asks, given the answers on earlier pages. */
const itemsAsked = (page: QuestionnairePage, draft: Draft) => page.items.filter((item) => isEnabled(item, draft));

/** A question the person sees: every one but what the app fills in itself (which visit this is). */
export const isShown = (item: QuestionnaireItem) => item.kind !== 'hidden';

/** The questions a page shows, given the answers on earlier pages, in a check-in's own words where it has them. */
export function itemsShown(page: QuestionnairePage, draft: Draft): QuestionnaireItem[] {
  const shown = itemsAsked(page, draft).filter(isShown);
  if (!isCheckIn(draft)) return shown;
  return shown.map(({ textAtCheckIn, hintAtCheckIn, ...item }) => ({
    ...item,
    text: textAtCheckIn ?? item.text,
    ...((hintAtCheckIn ?? item.hint) ? { hint: hintAtCheckIn ?? item.hint } : {}),
  }));
}

/** The pages asked, given the answers so far, each with the items it asks. */
export function enabledPages(questionnaire: Questionnaire, draft: Draft): QuestionnairePage[] {
  return questionnaire.pages
    .filter((page) => isEnabled(page, draft))
    .map((page) => ({ ...page, items: itemsAsked(page, draft) }))
    .filter((page) => page.items.length > 0);
}

/** Which visit for the same pain the answers are: 1 unless they are a check-in. */
export const visitNumber = (draft: Draft) => draft.visit ?? 1;

/** A check-in: the same pain seen again on a later day (the answers say which visit they are). */
export const isCheckIn = (draft: Draft) => visitNumber(draft) >= 2;

/** Whether a page belongs to this journey: every page on a first visit, at a check-in only those asked again. */
export const inJourney = (page: QuestionnairePage, draft: Draft) => !isCheckIn(draft) || page.askedAtCheckIn === true;

/**
 * The pages a person goes through: every page asked, or at a check-in only those asked again
 * (the warning signs, the pain and its course), the other answers carried from the visit before.
 */
export function journeyPages(questionnaire: Questionnaire, draft: Draft): QuestionnairePage[] {
  return enabledPages(questionnaire, draft).filter((page) => inJourney(page, draft));
}

/** The fields a check-in asks afresh: the answers of the visit before are not carried for them. */
export const fieldsAskedAtCheckIn = (questionnaire: Questionnaire): AnswerField[] =>
  questionnaire.pages.filter((page) => page.askedAtCheckIn).flatMap((page) => page.items.map((item) => item.field));

/** The answers that count: an answer to a question no longer asked is kept in the draft, but not used. */
export function answersInScope(questionnaire: Questionnaire, draft: Draft): Draft {
  const inScope: Draft = {};
  for (const page of enabledPages(questionnaire, draft)) {
    for (const { field } of page.items) if (draft[field] !== undefined) Object.assign(inScope, { [field]: draft[field] });
  }
  return inScope;
}

/** The plain words for every answer: one source for explanations, the check page, the summary and the rulebook. */
export type AnswerWords = Record<AnswerField, { label: string; values: Record<string, string>; none?: string }>;

export function answerWordsOf(questionnaire: Questionnaire): AnswerWords {
  const words: Record<string, AnswerWords[AnswerField]> = {};
  for (const item of questionnaire.pages.flatMap((page) => page.items)) {
    const values: Record<string, string> = {};
    for (const option of optionsOf(questionnaire, item)) values[String(option.value)] = option.said ?? option.label;
    if (item.kind === 'number' || item.kind === 'hidden') Object.assign(values, item.said);
    words[item.field] = { label: item.label, values, none: item.kind === 'checkboxes' ? item.none?.said : undefined };
  }
  return words as AnswerWords;
}
