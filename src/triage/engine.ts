import { Engine } from 'json-rules-engine';
import type { AnswerField, Answers, CauseId, Disposition } from './contract';
import { levelWhenNotSure } from './disposition';
import { becauseOf, notSureFacts, passedFirmly, passingFacts, type Because, type EvaluatedCondition } from './explain';
import { toFacts } from './facts';
import type { RuleSet } from './load-rules';
import type { RuleParams, Source } from './rule-schema';

/** One rule that fired, with the answers that made it fire. */
export interface Finding {
  rule: string;
  file: string;
  /** The level this finding calls for: the rule's own, or one lower when it fired only on "not sure". */
  level: Disposition;
  ruleLevel: Disposition;
  /** The "not sure" answers it leaned on; empty when it fired on firm answers. */
  notSure: AnswerField[];
  cause?: CauseId;
  weight: number;
  reason: string;
  because: Because[];
  source: Source;
}

/** Runs answers through json-rules-engine with one engine built once per rule set. */
export function createRuleRunner(ruleSet: RuleSet) {
  // allowUndefinedFacts stays off: every fact is supplied (null when unanswered), so a rule that
  // names a fact that does not exist makes the run fail, and the caller fails towards care.
  const engine = new Engine(
    ruleSet.rules.map(({ name, priority, conditions, event }) => ({ name, priority, conditions, event })),
    { allowUndefinedFacts: false },
  );
  const fileOf = new Map(ruleSet.rules.map((r) => [r.name, r.file]));

  return async function run(answers: Answers): Promise<Finding[]> {
    const { results } = await engine.run(toFacts(answers));
    // Results arrive in completion order; sort by rule id so the same answers always read the same.
    return results
      .map((result) => {
        const params = result.event!.params as RuleParams;
        const conditions = result.conditions as unknown as EvaluatedCondition;
        const firm = passedFirmly(conditions);
        return {
          rule: result.name,
          file: fileOf.get(result.name) ?? '',
          level: firm ? params.level : levelWhenNotSure(params.level),
          ruleLevel: params.level,
          notSure: firm ? [] : [...new Set(notSureFacts(conditions))],
          cause: params.cause,
          weight: params.weight ?? 1,
          reason: params.reason,
          because: becauseOf(passingFacts(conditions), answers),
          source: params.source,
        };
      })
      .sort((a, b) => a.rule.localeCompare(b.rule));
  };
}
