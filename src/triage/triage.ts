import type { Answers } from './contract';
import { createRuleRunner } from './engine';
import type { RuleSet } from './rule-set';
import { buildResult, type TriageResult } from './result';

export type Triage = (answers: Answers) => Promise<TriageResult>;

/** The one code path from valid answers to a result, shared by the command line and the web app. */
export function createTriage(ruleSet: RuleSet): Triage {
  const run = createRuleRunner(ruleSet);
  return async (answers) => buildResult(await run(answers), ruleSet, answers);
}
