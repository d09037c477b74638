import { draftSchema, type AnswersDraft } from './answers-draft';
import { localStore } from './local-store';
import { tabMemory } from './tab-memory';

export const ANSWERS_KEY = 'upper-back-triage:answers';
export const ANSWERS_VERSION = 1;

export interface LoadedAnswers {
  answers: AnswersDraft;
  /** Saved answers were there but unreadable, from another version or outside the contract. */
  discarded: boolean;
}

/** Reads the saved answers, throwing away anything that is not a valid draft of the current contract. */
export function loadAnswers(): LoadedAnswers {
  const text = localStore.read(ANSWERS_KEY) ?? tabMemoryText();
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

/** The answers the tab kept when the device would not store them, read back like stored ones. */
const tabMemoryText = (): string | null => {
  const kept = tabMemory.read().answers;
  return typeof kept === 'string' ? kept : null;
};

/** Stores the answers on the device; returns false when the browser refuses, having kept them in the tab instead. */
export function saveAnswers(answers: AnswersDraft): boolean {
  const text = JSON.stringify({ version: ANSWERS_VERSION, answers });
  const stored = Object.keys(answers).length === 0 ? localStore.remove(ANSWERS_KEY) : localStore.write(ANSWERS_KEY, text);
  if (!stored) tabMemory.write({ answers: text });
  return stored;
}
