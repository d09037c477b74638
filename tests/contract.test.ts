import { describe, expect, it } from 'vitest';
import { RED_FLAG_FIELDS, validateAnswers } from '../src/triage';
import { benignAnswers } from './helpers/answers';

const problemsOf = (input: unknown) => {
  const check = validateAnswers(input);
  return check.ok ? [] : check.problems;
};

describe('the answers contract', () => {
  it('accepts an answer set with only the required fields, filling the stated defaults', () => {
    const check = validateAnswers(benignAnswers());
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.answers).toMatchObject({ rash: false, history: [] });
  });

  it('accepts "unsure" on every red-flag question', () => {
    const unsure = Object.fromEntries(RED_FLAG_FIELDS.map((f) => [f, 'unsure']));
    expect(validateAnswers(benignAnswers(unsure)).ok).toBe(true);
  });

  it('refuses an unknown field, so a misspelt name never passes for an unanswered question', () => {
    const { chestPain: _, ...rest } = benignAnswers();
    expect(problemsOf({ ...rest, chestpain: false })).toEqual([
      { field: 'chestPain', problem: 'is required but missing' },
      { field: 'chestpain', problem: 'is not a field of the answers contract' },
    ]);
  });

  it('names every missing required field', () => {
    const fields = problemsOf({}).map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([...RED_FLAG_FIELDS, 'breathless', 'radiation', 'location', 'severity', 'onset', 'painDays', 'age']),
    );
    expect(fields).not.toContain('rash');
    expect(fields).not.toContain('history');
  });

  it.each([
    ['a wrong type', { fever: 'yes' }, 'fever', 'must be one of true, false, "unsure" (got "yes")'],
    ['an unknown value', { onset: 'yesterday' }, 'onset', expect.stringContaining('must be one of "during_workout"')],
    ['a value out of range', { severity: 11 }, 'severity', 'must be at most 10 (got 11)'],
    ['a negative count', { painDays: -1 }, 'painDays', 'must be at least 0 (got -1)'],
    ['a fraction where a whole number is needed', { age: 30.5 }, 'age', 'must be a whole number (got 30.5)'],
    ['an age under 12', { age: 9 }, 'age', 'must be at least 12 (got 9)'],
    ['a string for a number', { sittingHours: '8' }, 'sittingHours', 'must be a number (got "8")'],
    ['an empty location list', { location: [] }, 'location', 'choose at least one place where it hurts'],
    ['an unknown list item', { radiation: ['arm', 'leg'] }, 'radiation[1]', expect.stringContaining('(got "leg")')],
    ['a single value where a list is needed', { exercises: 'rows' }, 'exercises', 'must be a list (got "rows")'],
    ['a plain boolean field given "unsure"', { feltPop: 'unsure' }, 'feltPop', expect.stringContaining('must be a boolean')],
  ])('refuses %s and names the field', (_what, change, field, problem) => {
    expect(problemsOf(benignAnswers(change as never))).toEqual([{ field, problem }]);
  });

  it('names every bad field at once', () => {
    const fields = problemsOf(benignAnswers({ fever: 2, severity: -3, location: ['knee'] } as never)).map((p) => p.field);
    expect(fields).toEqual(['fever', 'location[0]', 'severity']);
  });

  it.each([null, [], 'answers', 42])('refuses %j as a whole', (input) => {
    expect(problemsOf(input)).toEqual([{ field: '(answers)', problem: expect.stringContaining('must be a JSON object') }]);
  });
});
