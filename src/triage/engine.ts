import { Engine } from 'json-rules-engine';
import type { AnswerField, Answers, CauseId, Disposition } from './contract';
import { levelWhenNotSure } from './disposition';
import {
  becauseOf,
  notSureFacts,
  passedFirmly,
  passingFacts,
  unansweredFacts,
  type Because,
  type EvaluatedCondition,
} from './explain';
import { toFacts } from './facts';
import type { RuleSet } from './rule-set';
import type { Source } from './rule-schema';

/** One rule that fired, with the answers that made it fire. */
export interface Finding {
  rule: string;
  file: string;
  /** The level this finding calls for: the rule's own, or one lower when it fired only on "not sure". */
  level: Disposition;
  /** The level the rule calls for on a firm "yes": what the "not sure" answers would give if they were "yes". */
  levelIfYes: Disposition;
  /** The "not sure" answers it leaned on; empty when it fired on firm answers. */
  notSure: AnswerField[];
  /** The questions it fired on because they were not answered (yet): a follow-up still to come, or one never asked. */
  unanswered: AnswerField[];
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
  // The engine copies every rule's event on every run; it gets only the type, and the params
  // (reason, source …) are looked up by rule id once a rule has fired.
  const engine = new Engine(
    ruleSet.rules.map(({ name, priority, conditions, event }) => ({ name, priority, conditions, event: { type: event.type } })),
    { allowUndefinedFacts: false },
  );
  const ruleById = new Map(ruleSet.rules.map((rule) => [rule.name, rule]));

  return async function run(answers: Answers): Promise<Finding[]> {
    const { results } = await engine.run(toFacts(answers));
    // Results arrive in completion order; sort by rule id so the same answers always read the same.
    return results
      .map((result) => {
        const rule = ruleById.get(result.name)!;
        const params = rule.event.params;
        const conditions = result.conditions as unknown as EvaluatedCondition;
        const firm = passedFirmly(conditions);
        return {
          rule: result.name,
          file: rule.file,
          level: firm ? params.level : levelWhenNotSure(params.level, params.levelWhenNotSure),
          levelIfYes: params.level,
          notSure: firm ? [] : [...new Set(notSureFacts(conditions))],
          unanswered: [...new Set(unansweredFacts(conditions))],
          cause: params.cause,
          weight: params.weight ?? 1,
          reason: params.reason,
          because: becauseOf(passingFacts(conditions), answers, ruleSet.answerWords),
          source: params.source,
        };
      })
      .sort((a, b) => a.rule.localeCompare(b.rule));
  };
}
