import type { Answers } from './contract';
import { createRuleRunner } from './engine';
import type { RuleEvaluator } from './evaluators/fired-rule';
import type { RuleSet } from './rule-set';
import { buildResult, type TriageResult } from './result';

export type Triage = (answers: Answers) => Promise<TriageResult>;

/**
 * The one code path from valid answers to a result, shared by the command line and the web app;
 * they differ only in the evaluator that runs the rules (json-rules-engine, or the compact one in
 * the browser), and a test holds the two to the same findings.
 */
export function createTriage(ruleSet: RuleSet, evaluator: RuleEvaluator): Triage {
  const run = createRuleRunner(ruleSet, evaluator);
  return async (answers) => buildResult(await run(answers), ruleSet, answers);
}
