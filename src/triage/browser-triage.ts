import { compactEvaluator } from './evaluators/compact';
import type { RuleSet } from './rule-set';
import { createTriage } from './triage';

/**
 * The triage the web app runs, a chunk of its own fetched with the rules. It evaluates the rules
 * with the compact evaluator, so json-rules-engine and its dependencies stay out of the bundle.
 */
export const createBrowserTriage = (ruleSet: RuleSet) => createTriage(ruleSet, compactEvaluator);
