import { RuleSetError } from '../../src/triage';

/** The problems a rule-set loader reports (none if it loads); any other error fails the test. */
export function ruleSetProblems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof RuleSetError) return error.problems;
    throw error;
  }
  return [];
}
