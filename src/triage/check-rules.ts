import { LIKELY_CAUSES, CAUSE_IDS, OPTIONAL_RED_FLAG_FIELDS, RED_FLAG_FIELDS, type Answers } from './contract';
import { createRuleRunner } from './engine';
import { jsonRulesEngine } from './evaluators/json-rules-engine';
import { leaves } from './load-rules';
import type { RuleSet } from './rule-set';

/**
 * Checks a loaded rule set for what the loader cannot see in one file: rules that never fire,
 * red flags no rule reads, causes no rule points to, likely causes without a self-care plan.
 * (The loader already refuses missing ids, reasons and sources, duplicate ids, unknown facts and
 * values a field can never take.) Every message names the file and the rule.
 */
export async function checkRuleSet(ruleSet: RuleSet, cases: Answers[]): Promise<string[]> {
  const problems: string[] = [];
  const run = createRuleRunner(ruleSet, jsonRulesEngine);

  const fired = new Set<string>();
  for (const answers of cases) for (const finding of await run(answers)) fired.add(finding.rule);
  for (const rule of ruleSet.rules) {
    if (!fired.has(rule.name)) problems.push(`${rule.file} › ${rule.name}: never fires for any vignette or generated case`);
  }

  const factsRead = new Set(ruleSet.rules.flatMap((rule) => leaves(rule.conditions).map((leaf) => leaf.fact)));
  for (const field of [...RED_FLAG_FIELDS, ...OPTIONAL_RED_FLAG_FIELDS]) {
    if (!factsRead.has(field)) problems.push(`rules/: no rule reads the red-flag question "${field}"`);
  }

  const causesNamed = new Set(ruleSet.rules.map((rule) => rule.event.params.cause));
  for (const cause of CAUSE_IDS) {
    if (!causesNamed.has(cause)) problems.push(`rules/: no rule points to the cause "${cause}"`);
  }
  for (const cause of LIKELY_CAUSES) {
    if (ruleSet.catalogue.causes[cause].plan.length === 0)
      problems.push(`catalogue.json › causes.${cause}: a likely cause needs a self-care plan`);
  }
  return problems;
}
