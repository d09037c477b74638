import { partial } from 'zod/mini';
import { answersSchema } from '../../triage';
import type { AnswersDraft } from './answers-draft';
import { localStore } from './local-store';

export const ANSWERS_KEY = 'upper-back-triage:answers';
export const ANSWERS_VERSION = 1;

const draftSchema = partial(answersSchema);

export interface LoadedAnswers {
  answers: AnswersDraft;
  /** Saved answers were there but unreadable, from another version or outside the contract. */
  discarded: boolean;
}

/** Reads the saved answers, throwing away anything that is not a valid draft of the current contract. */
export function loadAnswers(): LoadedAnswers {
  const text = localStore.read(ANSWERS_KEY);
  if (text === null) return { answers: {}, discarded: false };
  try {
    const saved: unknown = JSON.parse(text);
    if (isCurrentRecord(saved) && draftSchema.safeParse(saved.answers).success) {
      // Keep the answers as saved: parsing would fill in the defaults of questions not yet asked.
      return { answers: saved.answers as AnswersDraft, discarded: false };
    }
  } catch {
    // Not JSON: discarded below.
  }
  localStore.remove(ANSWERS_KEY);
  return { answers: {}, discarded: true };
}

const isCurrentRecord = (value: unknown): value is { version: number; answers: unknown } =>
  typeof value === 'object' && value !== null && (value as { version?: unknown }).version === ANSWERS_VERSION;

export function saveAnswers(answers: AnswersDraft): void {
  if (Object.keys(answers).length === 0) localStore.remove(ANSWERS_KEY);
  else localStore.write(ANSWERS_KEY, JSON.stringify({ version: ANSWERS_VERSION, answers }));
}
