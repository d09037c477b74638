import { answersSchema, type Answers } from './contract';
import { describeIssues, isRecord, show, type FieldProblem } from './issue-text';

export type AnswersCheck = { ok: true; answers: Answers } | { ok: false; problems: FieldProblem[] };

/** Checks answers against the contract; on a breach, names every bad field and never guesses. */
export function validateAnswers(input: unknown): AnswersCheck {
  if (!isRecord(input)) {
    return { ok: false, problems: [{ field: '(answers)', problem: `must be a JSON object of answers (got ${show(input)})` }] };
  }
  const parsed = answersSchema.safeParse(input);
  if (parsed.success) return { ok: true, answers: parsed.data };
  return { ok: false, problems: describeIssues(parsed.error.issues, input, 'is not a field of the answers contract') };
}
