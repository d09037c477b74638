import { partial } from 'zod/mini';
import { answersSchema, type AnswerField, type AnswersInput } from '../../triage';

/** The answers given so far: any part of the contract, as entered (no defaults filled in). */
export type AnswersDraft = Partial<AnswersInput>;

/** What a draft may hold: any part of the contract, each answer checked as the contract checks it. */
export const draftSchema = partial(answersSchema);

export const isAnswered = (draft: AnswersDraft, field: AnswerField) => draft[field] !== undefined;

export function withoutField(draft: AnswersDraft, field: AnswerField): AnswersDraft {
  const { [field]: _removed, ...rest } = draft;
  return rest;
}
