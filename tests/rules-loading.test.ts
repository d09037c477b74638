import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_FILE,
  loadRuleSet,
  QUESTIONNAIRE_FILE,
  REGIONS_FILE,
  RULE_FILES,
  RuleSetError,
  type RuleSource,
  SHIPPED_SOURCES,
} from '../src/triage';
import { ruleJsonSchemas } from '../src/triage/json-schemas';
import { ruleSetProblems } from './helpers/rule-set-problems';

const rulesDir = join(import.meta.dirname, '..', 'rules');

const rule = (name: string, conditions: unknown, params: Record<string, unknown> = {}) => ({
  name,
  conditions,
  event: {
    type: 'triage',
    params: {
      level: 'urgent',
      reason: 'A plain reason for the test.',
      source: { title: 'Test source', url: 'https://example.org/guidance' },
      ...params,
    },
  },
});
const file = (name: string, rules: unknown[]): RuleSource => ({ file: name, content: { concern: 'Test concern', rules } });

const problemsOf = (files: RuleSource[], catalogue: RuleSource = CATALOGUE_FILE) =>
  ruleSetProblems(() => loadRuleSet({ ...SHIPPED_SOURCES, files: files, catalogue }));

describe('loading the rules', () => {
  it('loads every shipped rule file without a problem', () => {
    const ruleSet = loadRuleSet({ ...SHIPPED_SOURCES });
    expect(ruleSet.rules.length).toBeGreaterThan(40);
    expect(ruleSet.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('bundles exactly the rule files that are in rules/', () => {
    const notRules = [CATALOGUE_FILE.file, QUESTIONNAIRE_FILE.file, REGIONS_FILE.file];
    const onDisk = readdirSync(rulesDir).filter(
      (f) => f.endsWith('.json') && !f.endsWith('.schema.json') && !notRules.includes(f),
    );
    expect(RULE_FILES.map((f) => f.file).sort()).toEqual(onDisk.sort());
  });

  it('keeps the committed JSON Schemas in step with the zod schemas', () => {
    for (const [name, text] of Object.entries(ruleJsonSchemas())) {
      expect(readFileSync(join(rulesDir, name), 'utf8'), `${name} is stale: run npm run rules:schema`).toBe(text);
    }
  });

  it('names the file, the rule and the problem for a malformed rule', () => {
    const broken = file('broken.json', [
      rule('bad-level', { all: [{ fact: 'fever', operator: 'in', value: [true, 'unsure'] }] }, { level: 'soon' }),
    ]);
    expect(problemsOf([broken])).toEqual([
      expect.stringMatching(/^broken\.json › bad-level: rules\[0\]\.event\.params\.level: .*"emergency"/),
    ]);
  });

  it('refuses a rule that reads a fact the contract does not have', () => {
    const broken = file('typo.json', [rule('typo', { all: [{ fact: 'chestpain', operator: 'equal', value: true }] })]);
    expect(problemsOf([broken])).toEqual([expect.stringMatching(/^typo\.json › typo: rules\[0\]\.conditions\.all\[0\]/)]);
  });

  it.each([
    [
      'a value the field can never take',
      { fact: 'onset', operator: 'equal', value: 'yesterday' },
      'onset can never equal "yesterday"',
    ],
    [
      'a list item the field can never hold',
      { fact: 'radiation', operator: 'contains', value: 'leg' },
      'radiation can never contain "leg"',
    ],
    [
      'a number test on a non-number',
      { fact: 'onset', operator: 'greaterThan', value: 3 },
      '"greaterThan" needs a number fact, and onset is not one',
    ],
    [
      '"contains" on a single value',
      { fact: 'onset', operator: 'contains', value: 'next_day' },
      '"contains" needs a list fact, and onset is not one',
    ],
    [
      'a "yes" that ignores "not sure"',
      { fact: 'fever', operator: 'equal', value: true },
      'fever: a "yes" that raises the level must also catch "unsure" (use "in": [true, "unsure"])',
    ],
  ])('refuses %s', (_what, condition, problem) => {
    expect(problemsOf([file('checks.json', [rule('the-rule', { all: [condition] })])])).toEqual([
      `checks.json › the-rule: ${problem}`,
    ]);
  });

  it('refuses negative tests, which would read a missing or "not sure" answer as "no"', () => {
    const broken = file('negative.json', [rule('negative', { all: [{ fact: 'fever', operator: 'notEqual', value: false }] })]);
    expect(problemsOf([broken])).toHaveLength(1);
  });

  it('refuses the same rule id twice, naming both files', () => {
    const one = file('one.json', [rule('same-id', { all: [{ fact: 'fever', operator: 'in', value: [true, 'unsure'] }] })]);
    const two = file('two.json', [rule('same-id', { all: [{ fact: 'trauma', operator: 'in', value: [true, 'unsure'] }] })]);
    expect(problemsOf([one, two])).toEqual(['two.json › same-id: the id is used again (first in one.json)']);
  });

  it('refuses a catalogue whose causes point at advice that does not exist', () => {
    const catalogue = structuredClone(CATALOGUE_FILE.content) as { causes: { doms: { plan: string[] } } };
    catalogue.causes.doms.plan.push('cold-plunge');
    expect(problemsOf(RULE_FILES, { file: 'catalogue.json', content: catalogue })).toEqual([
      'catalogue.json › causes.doms: no advice item "cold-plunge"',
    ]);
  });

  it('never returns half a rule set: one bad file among good ones stops the load', () => {
    const broken = file('broken.json', [{ name: 'no-event', conditions: { all: [] } }]);
    expect(() => loadRuleSet({ ...SHIPPED_SOURCES, files: [...RULE_FILES, broken] })).toThrow(RuleSetError);
  });

  it('refuses a source a person cannot open, unless it says it is a fitness article', () => {
    const unlinked = rule(
      'unlinked',
      { all: [{ fact: 'fever', operator: 'in', value: [true, 'unsure'] }] },
      { source: { title: 'Seed article: x' } },
    );
    expect(problemsOf([file('test.json', [unlinked])])).toEqual([
      'test.json › unlinked: source "Seed article: x" needs a link (url); only a "Fitness article (not clinical guidance): …" may go without one',
    ]);
    const article = { source: { title: 'Fitness article (not clinical guidance): Why does my upper back hurt?' } };
    expect(
      problemsOf([
        file('test.json', [{ ...unlinked, event: { type: 'triage', params: { ...unlinked.event.params, ...article } } }]),
      ]),
    ).toEqual([]);
  });

  it('never shows a person the word "seed"', () => {
    for (const name of readdirSync(rulesDir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
    )) {
      expect(readFileSync(join(rulesDir, name), 'utf8'), name).not.toMatch(/seed/i);
    }
  });

  it('refuses an empty rule set', () => {
    expect(problemsOf([])).toEqual(['rules/: there are no rule files']);
  });
});
