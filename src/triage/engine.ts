import type { AnswerField, Answers, CauseId, Disposition } from './contract';
import { levelWhenNotSure } from './disposition';
import { becauseOf, notSureFacts, passedFirmly, passingFacts, unansweredFacts, type Because } from './explain';
import type { RuleEvaluator } from './evaluators/fired-rule';
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

/**
 * Runs answers through the rules with the evaluator given (json-rules-engine on the command line,
 * the compact evaluator in the browser: both fire the same rules) and reads each rule that fired
 * as a finding, with its level, its "not sure" and unanswered questions and the answers behind it.
 */
export function createRuleRunner(ruleSet: RuleSet, evaluator: RuleEvaluator) {
  const evaluate = evaluator(ruleSet.rules);
  const ruleById = new Map(ruleSet.rules.map((rule) => [rule.name, rule]));

  return async function run(answers: Answers): Promise<Finding[]> {
    const fired = await evaluate(toFacts(answers));
    // Rules fire in any order; sort by rule id so the same answers always read the same.
    return fired
      .map(({ name, conditions }) => {
        const rule = ruleById.get(name)!;
        const params = rule.event.params;
        const firm = passedFirmly(conditions);
        return {
          rule: name,
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
