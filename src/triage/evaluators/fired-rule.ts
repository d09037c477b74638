import type { EvaluatedCondition } from '../explain';
import type { FactName } from '../facts';
import type { Rule } from '../rule-schema';

/** A rule that fired, with its conditions as json-rules-engine hands them back: each test's outcome on it. */
export interface FiredRule {
  name: string;
  conditions: EvaluatedCondition;
}

/** What an evaluator gets of a rule: its id and conditions (the event is looked up by id once it fires). */
export type RuleConditions = Pick<Rule, 'name' | 'priority' | 'conditions'>;

export type Facts = Record<FactName, unknown>;

/**
 * Builds, once per rule set, a function that runs every rule on one set of facts and returns those
 * that fired, in any order. It rejects on a fact no rule may name, so the caller fails towards care.
 */
export type RuleEvaluator = (rules: RuleConditions[]) => (facts: Facts) => Promise<FiredRule[]>;
