import type { z } from 'zod/mini';

/** One breach, named by where it is (`radiation[1]` for an item of a list). */
export interface FieldProblem {
  field: string;
  problem: string;
}

// zod/mini carries no message catalogue: a check without a message of its own says only this.
const GENERIC_MESSAGE = 'Invalid input';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const pathText = (path: PropertyKey[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('');

const valueAt = (input: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (isRecord(node) || Array.isArray(node) ? (node as never)[key] : undefined), input);

const LONGEST_TEXT = 60;
const DEEPEST = 2;
const MOST_ITEMS = 5;

/**
 * A short picture of a value for an error message: long texts cut, lists and objects shown only two
 * levels deep and five items long, so that no input (a 50 MB string, a list nested 100,000 deep)
 * can make the message huge or overflow the stack.
 */
function preview(value: unknown, depth: number): string {
  if (typeof value === 'string') {
    return value.length > LONGEST_TEXT
      ? `${JSON.stringify(value.slice(0, LONGEST_TEXT))}… (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (value === null || typeof value !== 'object') return String(value);
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  if (depth >= DEEPEST) return `${open}…${close}`;
  const shown = entries
    .slice(0, MOST_ITEMS)
    .map(([key, v]) => (Array.isArray(value) ? preview(v, depth + 1) : `${JSON.stringify(key)}:${preview(v, depth + 1)}`));
  const more = entries.length > MOST_ITEMS ? `,… (${entries.length} in all)` : '';
  return `${open}${shown.join(',')}${more}${close}`;
}

export const show = (value: unknown) => (value === undefined ? 'nothing' : preview(value, 0));

function problemText(issue: z.core.$ZodIssue, got: unknown): string {
  const own = issue.message !== GENERIC_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${show(got)})`;
    case 'invalid_type':
      if (issue.expected === 'int') return `must be a whole number (got ${show(got)})`;
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${show(got)})`;
    case 'too_small':
      return (
        own ??
        (issue.origin === 'number' ? `must be at least ${issue.minimum}` : `must have a length of at least ${issue.minimum}`) +
          ` (got ${show(got)})`
      );
    case 'too_big':
      return own ?? `must be at most ${issue.maximum} (got ${show(got)})`;
    case 'invalid_format':
      return `${own ?? `must be a valid ${issue.format}`} (got ${show(got)})`;
    default:
      return own ?? `is not valid (got ${show(got)})`;
  }
}

/** Every issue zod found, in plain words, each naming its field; a missing field is said to be missing. */
export function describeIssues(issues: z.core.$ZodIssue[], input: unknown, unknownField: string): FieldProblem[] {
  return issues.flatMap((issue) => {
    const field = pathText(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: pathText([...issue.path, key]), problem: unknownField }));
    }
    const parent = valueAt(input, issue.path.slice(0, -1));
    const key = issue.path.at(-1);
    if (key !== undefined && isRecord(parent) && !(String(key) in parent)) return [{ field, problem: 'is required but missing' }];
    return [{ field, problem: problemText(issue, valueAt(input, issue.path)) }];
  });
}
