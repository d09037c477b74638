import type { z } from 'zod';
import { answersSchema, type Answers } from './contract';

/** One contract breach, named by its field (`radiation[1]` for an item of a list). */
export interface FieldProblem {
  field: string;
  problem: string;
}

export type AnswersCheck = { ok: true; answers: Answers } | { ok: false; problems: FieldProblem[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fieldName = (path: PropertyKey[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');

const valueAt = (input: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (isRecord(node) || Array.isArray(node) ? (node as never)[key] : undefined), input);

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

function describe(issue: z.core.$ZodIssue, input: unknown): FieldProblem[] {
  const field = fieldName(issue.path);
  const got = valueAt(input, issue.path);
  if (issue.path.length === 1 && isRecord(input) && !(String(issue.path[0]) in input)) {
    return [{ field, problem: 'is required but missing' }];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ field: key, problem: 'is not a field of the answers contract' }));
    case 'invalid_value':
      return [{ field, problem: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${show(got)})` }];
    case 'invalid_type':
      return [
        {
          field,
          problem:
            issue.expected === 'int'
              ? `must be a whole number (got ${show(got)})`
              : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${show(got)})`,
        },
      ];
    case 'too_small':
      return [{ field, problem: issue.origin === 'array' ? issue.message : `must be at least ${issue.minimum} (got ${show(got)})` }];
    case 'too_big':
      return [{ field, problem: `must be at most ${issue.maximum} (got ${show(got)})` }];
    default:
      return [{ field, problem: issue.message }];
  }
}

/** Checks answers against the contract; on a breach, names every bad field and never guesses. */
export function validateAnswers(input: unknown): AnswersCheck {
  if (!isRecord(input)) {
    return { ok: false, problems: [{ field: '(answers)', problem: `must be a JSON object of answers (got ${show(input)})` }] };
  }
  const parsed = answersSchema.safeParse(input);
  if (parsed.success) return { ok: true, answers: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap((issue) => describe(issue, input)) };
}

export const formatProblems = (problems: FieldProblem[]) => problems.map((p) => `${p.field}: ${p.problem}`).join('\n');
