import { isShown, optionsOf } from './questionnaire';
import type { Questionnaire } from './questionnaire-schema';

/** Silent reading of non-fiction in English: Brysbaert's 2019 meta-analysis of 190 studies, 238 words a minute. */
const WORDS_PER_MINUTE = 238;
/** Choosing an answer and moving to the next, per question; and pressing Continue, per page (our own timing). */
const SECONDS_PER_ANSWER = 3;
const SECONDS_PER_PAGE = 3;

const countWords = (text: string | undefined) => (text?.match(/\S+/g) ?? []).length;

/**
 * The time a person needs for the longest walk through the questionnaire (every page and question
 * asked): the words they read, at an average reading speed, and the answers they give.
 */
export function timeToAnswer(questionnaire: Questionnaire) {
  let words = 0;
  let answers = 0;
  for (const page of questionnaire.pages) {
    words += countWords(page.section) + countWords(page.title) + countWords(page.hint);
    for (const item of page.items.filter(isShown)) {
      answers += 1;
      words += countWords(item.text) + countWords(item.hint);
      for (const option of optionsOf(questionnaire, item)) words += countWords(option.label) + countWords(option.hint);
      if (item.kind === 'checkboxes' && item.none) words += countWords(item.none.label);
    }
  }
  const seconds = (words / WORDS_PER_MINUTE) * 60 + answers * SECONDS_PER_ANSWER + questionnaire.pages.length * SECONDS_PER_PAGE;
  return { words, answers, pages: questionnaire.pages.length, seconds: Math.round(seconds), minutes: Math.ceil(seconds / 60) };
}
