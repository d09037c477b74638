import { createTriage, jsonRulesEngine, shippedRuleSet, validateAnswers, type TriageResult } from '../../src/triage';

export const ruleSet = shippedRuleSet();
const triage = createTriage(ruleSet, jsonRulesEngine);

/** Validates answers against the contract (failing loudly) and triages them with the shipped rules. */
export async function triageAnswers(input: unknown): Promise<TriageResult> {
  const check = validateAnswers(input);
  if (!check.ok) throw new Error(`invalid answers: ${JSON.stringify(check.problems)}`);
  return triage(check.answers);
}
