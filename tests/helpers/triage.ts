import {
  createTriage,
  ENGLISH_TEXT,
  jsonRulesEngine,
  shippedRuleSet,
  textMessages,
  validateAnswers,
  type TriageResult,
} from '../../src/triage';

export const ruleSet = shippedRuleSet();
/** The English words, as the command line and the web app give them to the FHIR export. */
export const messages = textMessages(ENGLISH_TEXT);
const triage = createTriage(ruleSet, jsonRulesEngine);

/** Validates answers against the contract (failing loudly) and triages them with the shipped rules. */
export async function triageAnswers(input: unknown): Promise<TriageResult> {
  const check = validateAnswers(input);
  if (!check.ok) throw new Error(`invalid answers: ${JSON.stringify(check.problems)}`);
  return triage(check.answers);
}
