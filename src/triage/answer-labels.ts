import type { AnswerField } from './contract';
import type { AnswerWords } from './questionnaire';

export type { AnswerWords } from './questionnaire';

export const fieldLabel = (words: AnswerWords, field: AnswerField): string => words[field].label;

/** An answer in plain words, from the questionnaire's own words for it. */
export function answerText(words: AnswerWords, field: AnswerField, value: unknown): string {
  if (value === null || value === undefined) return 'not answered';
  const { values, none } = words[field];
  if (Array.isArray(value)) {
    if (value.length === 0) return none ?? 'none';
    return value.map((v) => answerText(words, field, v)).join(', ');
  }
  // Every other answer the contract allows is a number, a string or a yes / no.
  const text = `${value as number | string | boolean}`;
  return values[text] ?? values.other?.replace('{n}', text) ?? text;
}
