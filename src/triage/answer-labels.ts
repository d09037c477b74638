import type { Catalogue } from './catalogue-schema';
import type { AnswerField } from './contract';

/** The plain words for every answer, from the catalogue: one source for explanations, the check page and the summary. */
export type AnswerWords = Catalogue['answers'];

export const fieldLabel = (words: AnswerWords, field: AnswerField): string => words[field].label;

export function answerText(words: AnswerWords, field: AnswerField, value: unknown): string {
  if (value === null || value === undefined) return 'not answered';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === 'unsure') return 'not sure';
  if (Array.isArray(value)) {
    if (value.length === 0) return field === 'radiation' ? 'it stays in the back' : 'none';
    return value.map((v) => answerText(words, field, v)).join(', ');
  }
  // Every other answer the contract allows is a number or a string.
  const text = `${value as number | string}`;
  if (field === 'severity') return `${text} out of 10`;
  if (field === 'painDays') return value === 0 ? 'since today' : value === 1 ? '1 day' : `${text} days`;
  if (field === 'sittingHours') return `${text} hours`;
  return words[field].values?.[text] ?? text;
}
