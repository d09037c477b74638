import { RULE_FILES, RuleSetError, shippedRuleSet } from '../src/triage';
import { checkRuleSet } from '../src/triage/check-rules';
import { ruleCheckCases } from '../tests/helpers/rule-check-cases';

/** `npm run rules:check`: loads and validates every rule file, then checks the set as a whole. */
let problems: string[];
try {
  const ruleSet = shippedRuleSet();
  const cases = ruleCheckCases();
  problems = await checkRuleSet(ruleSet, cases);
  if (problems.length === 0)
    console.log(
      `rules:check: ${ruleSet.rules.length} rules in ${RULE_FILES.length} files, checked against ${cases.length} cases: clean`,
    );
} catch (error) {
  if (!(error instanceof RuleSetError)) throw error;
  problems = error.problems;
}
for (const problem of problems) console.error(problem);
process.exitCode = problems.length > 0 ? 1 : 0;
