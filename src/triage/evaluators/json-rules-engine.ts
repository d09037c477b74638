import { Engine } from 'json-rules-engine';
import type { RuleEvaluator } from './fired-rule';

/**
 * The declared engine of the rules' format: json-rules-engine, as the command line, the rule checks
 * and the Node tests run it. The web app runs the compact evaluator, held to this one by
 * tests/shipped-core.test.ts and tests/compact-evaluator.test.ts.
 */
export const jsonRulesEngine: RuleEvaluator = (rules) => {
  // allowUndefinedFacts stays off: every fact is supplied (null when unanswered), so a rule that
  // names a fact that does not exist makes the run fail, and the caller fails towards care.
  // The engine copies every rule's event on every run; it gets only the type.
  const engine = new Engine(
    rules.map(({ name, priority, conditions }) => ({ name, priority, conditions, event: { type: 'triage' } })),
    { allowUndefinedFacts: false },
  );
  return async (facts) => {
    const { results } = await engine.run(facts);
    return results.map((result) => ({ name: result.name, conditions: result.conditions }));
  };
};
