import { passed, type EvaluatedCondition } from '../explain';
import type { Condition, LeafCondition } from '../rule-schema';
import type { Facts, FiredRule, RuleEvaluator } from './fired-rule';

/** json-rules-engine 7.3.1's own test before a number comparison: the fact value parses as a number. */
const parsesAsNumber = (factValue: unknown) => !Number.isNaN(Number.parseFloat(factValue as string));

/**
 * json-rules-engine's default operators, only those the rule schema allows, with the engine's
 * semantics: the fact's value on the left, the rule's value on the right.
 */
const OPERATORS: Record<LeafCondition['operator'], (factValue: unknown, value: never) => boolean> = {
  equal: (a, b) => a === b,
  in: (a, b: unknown[]) => b.indexOf(a) > -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  lessThan: (a, b) => parsesAsNumber(a) && (a as number) < b,
  lessThanInclusive: (a, b) => parsesAsNumber(a) && (a as number) <= b,
  greaterThan: (a, b) => parsesAsNumber(a) && (a as number) > b,
  greaterThanInclusive: (a, b) => parsesAsNumber(a) && (a as number) >= b,
};

/**
 * Every test of an "all" or an "any" is evaluated, as json-rules-engine does when no test has a
 * priority of its own: the explanation reads the outcome of each one, not only of the first to decide.
 */
function evaluate(condition: Condition, facts: Facts): EvaluatedCondition {
  if ('all' in condition) {
    const all = condition.all.map((c) => evaluate(c, facts));
    return { all, result: all.every(passed) };
  }
  if ('any' in condition) {
    const any = condition.any.map((c) => evaluate(c, facts));
    return { any, result: any.some(passed) };
  }
  const { fact, operator, value } = condition;
  if (!(fact in facts)) throw new Error(`Undefined fact: ${fact}`);
  const factResult = facts[fact];
  return { fact, operator, value, factResult, result: OPERATORS[operator](factResult, value as never) };
}

/**
 * The rules' own subset of json-rules-engine (all, any and the positive operators the schema
 * allows), evaluated in one synchronous pass: what the web app runs. It gives exactly the rules
 * json-rules-engine fires, with the same outcome on every test (tests/compact-evaluator.test.ts,
 * tests/shipped-core.test.ts), in a fraction of the time and of the bytes.
 */
export const compactEvaluator: RuleEvaluator = (rules) => (facts) =>
  // A test that throws (a fact no rule may name) rejects the run, as the engine's does.
  new Promise((resolve) => {
    const fired: FiredRule[] = [];
    for (const { name, conditions } of rules) {
      const evaluated = evaluate(conditions, facts);
      if (evaluated.result) fired.push({ name, conditions: evaluated });
    }
    resolve(fired);
  });
