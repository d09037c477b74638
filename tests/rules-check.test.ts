import { describe, expect, it } from 'vitest';
import { loadRuleSet, RULE_FILES, shippedRuleSet, type RuleSource, SHIPPED_SOURCES } from '../src/triage';
import { checkRuleSet } from '../src/triage/check-rules';
import { ruleCheckCases } from './helpers/rule-check-cases';

const cases = ruleCheckCases();
const withExtraFile = (extra: RuleSource) => loadRuleSet({ ...SHIPPED_SOURCES, files: [...RULE_FILES, extra] });

// Each check runs every vignette and a generated sample through the engine: seconds, more on a loaded 2-core machine.
describe('rules:check', { timeout: 60_000 }, () => {
  it('finds the shipped rules clean', async () => {
    expect(await checkRuleSet(shippedRuleSet(), cases)).toEqual([]);
  });

  it('names a rule that never fires, with its file', async () => {
    const dead = {
      name: 'older-than-anyone',
      conditions: { all: [{ fact: 'age', operator: 'greaterThan', value: 120 }] },
      event: {
        type: 'triage',
        params: {
          level: 'doctor',
          reason: 'A reason for the test.',
          source: { title: 'Test', url: 'https://example.org/guidance' },
        },
      },
    };
    const problems = await checkRuleSet(
      withExtraFile({ file: 'extra.json', content: { concern: 'Test', rules: [dead] } }),
      cases,
    );
    expect(problems).toEqual(['extra.json › older-than-anyone: never fires for any vignette or generated case']);
  });

  it('names a red-flag question that no rule reads, and a cause no rule points to', async () => {
    const withoutLungs = loadRuleSet({ ...SHIPPED_SOURCES, files: RULE_FILES.filter((f) => f.file !== 'lungs.json') });
    const problems = await checkRuleSet(withoutLungs, cases);
    expect(problems).toEqual([
      'rules/: no rule reads the red-flag question "coughingBlood"',
      'rules/: no rule reads the red-flag question "painOnDeepBreath"',
      'rules/: no rule reads the red-flag question "calfSwelling"',
      'rules/: no rule reads the red-flag question "armSwelling"',
      'rules/: no rule points to the cause "lung_problem"',
      'rules/: no rule points to the cause "arm_clot"',
    ]);
  });
});
