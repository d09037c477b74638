/**
 * The web app evaluates the rules with the compact evaluator (src/triage/evaluators/compact.ts),
 * the command line with json-rules-engine. Here the two are held to each other on generated rules
 * of the schema's whole subset (all, any, each operator) over facts of every kind an answer takes,
 * including "not sure" and null: the same rules fire, with the same outcome on every test, and a
 * run the engine refuses is refused. tests/shipped-core.test.ts does the same for the real rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactEvaluator, jsonRulesEngine, type RuleEvaluator } from '../src/triage';
import type { EvaluatedCondition } from '../src/triage/explain';
import type { Facts, RuleConditions } from '../src/triage/evaluators/fired-rule';

/** The json-rules-engine release whose semantics the compact evaluator follows. */
const FOLLOWS_JSON_RULES_ENGINE = '7.3.1';

const FACTS = ['painDays', 'age', 'chestPain', 'onset', 'riskFactors', 'history'] as const;
const plain = fc.oneof(
  fc.constantFrom(null, true, false, 'unsure', 'yes', 'no', 'hours_after', '3', '', 'x1'),
  fc.integer({ min: -2, max: 120 }),
);
const factValue = fc.oneof(plain, fc.array(fc.constantFrom('diabetes', 'smoker', 'none', 'unsure', 3), { maxLength: 3 }));

const leaf = fc.oneof(
  fc.record({ fact: fc.constantFrom(...FACTS), operator: fc.constant('equal'), value: plain }),
  fc.record({
    fact: fc.constantFrom(...FACTS),
    operator: fc.constant('in'),
    value: fc.array(plain, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ fact: fc.constantFrom(...FACTS), operator: fc.constant('contains'), value: plain }),
  fc.record({
    fact: fc.constantFrom(...FACTS),
    operator: fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'),
    value: fc.integer({ min: -2, max: 120 }),
  }),
);
const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
  tree: fc.oneof(
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
  ),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('tree')),
}));
const rules = fc
  .array(fc.record({ conditions: tree, priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((list) => list.map((rule, i) => ({ name: `rule-${i}`, ...rule }) as RuleConditions));
const facts = fc.record(Object.fromEntries(FACTS.map((f) => [f, factValue]))) as fc.Arbitrary<Facts>;

/**
 * What the findings read of an evaluated condition, and nothing the engine adds for itself. The
 * engine leaves the outcome of a rule's top condition unset (it is the rule's own result: it fired).
 */
const topOutcome = (condition: EvaluatedCondition) => ({ ...(outcome(condition) as object), result: undefined });

function outcome(condition: EvaluatedCondition): unknown {
  if (condition.all) return { all: condition.all.map(outcome), result: condition.result };
  if (condition.any) return { any: condition.any.map(outcome), result: condition.result };
  const { fact, operator, value, factResult, result } = condition;
  return { fact, operator, value, factResult, result };
}

async function fired(evaluator: RuleEvaluator, ruleList: RuleConditions[], factSet: Facts) {
  try {
    const list = await evaluator(ruleList)(factSet);
    return {
      fired: list
        .map((r) => ({ name: r.name, conditions: topOutcome(r.conditions) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  } catch {
    return { refused: true };
  }
}

describe('the compact evaluator', () => {
  it(`follows json-rules-engine ${FOLLOWS_JSON_RULES_ENGINE}, the release installed and pinned exactly`, () => {
    const json = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', path), 'utf8'));
    expect(json('package.json').dependencies['json-rules-engine']).toBe(FOLLOWS_JSON_RULES_ENGINE);
    expect(json('node_modules/json-rules-engine/package.json').version).toBe(FOLLOWS_JSON_RULES_ENGINE);
  });

  it('fires the rules json-rules-engine fires, with the same outcome on every test, or is refused when the engine refuses', async () => {
    await fc.assert(
      fc.asyncProperty(rules, facts, async (ruleList, factSet) => {
        expect(await fired(compactEvaluator, ruleList, factSet)).toEqual(await fired(jsonRulesEngine, ruleList, factSet));
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 3_000) },
    );
  });

  it('refuses a rule that names a fact it is not given, as json-rules-engine does with undefined facts off', async () => {
    const ruleList = [
      { name: 'reads-a-missing-fact', conditions: { all: [{ fact: 'fever', operator: 'equal', value: true }] } },
    ] as RuleConditions[];
    await expect(compactEvaluator(ruleList)({} as Facts)).rejects.toThrow(/Undefined fact: fever/);
    await expect(jsonRulesEngine(ruleList)({} as Facts)).rejects.toThrow(/fever/);
  });

  it('evaluates every test of an "any", not only the first that passes: the explanation reads them all', async () => {
    const ruleList = [
      {
        name: 'two-ways',
        conditions: {
          any: [
            { fact: 'fever', operator: 'equal', value: true },
            { fact: 'chills', operator: 'equal', value: true },
          ],
        },
      },
    ] as RuleConditions[];
    const [rule] = await compactEvaluator(ruleList)({ fever: true, chills: true } as unknown as Facts);
    expect(rule!.conditions.any!.map((c) => c.result)).toEqual([true, true]);
  });
});
