import { draftSchema, type AnswersDraft } from './answers-draft';
import { savedRecord } from './saved-record';

export const ANSWERS_KEY = 'upper-back-triage:answers';
export const ANSWERS_VERSION = 1;

export interface LoadedAnswers {
  answers: AnswersDraft;
  /** Saved answers were there but unreadable, from another version or outside the contract. */
  discarded: boolean;
}

const saved = savedRecord<AnswersDraft>(
  ANSWERS_KEY,
  'answers',
  ANSWERS_VERSION,
  (content) => draftSchema.safeParse(content).success,
);

/** Reads the saved answers, throwing away anything that is not a valid draft of the current contract. */
export function loadAnswers(): LoadedAnswers {
  const { content, discarded } = saved.read();
  return { answers: content ?? {}, discarded };
}

/** Stores the answers on the device; returns false when the browser refuses, having kept them in the tab instead. */
export const saveAnswers = (answers: AnswersDraft): boolean =>
  saved.write(Object.keys(answers).length === 0 ? undefined : answers);
