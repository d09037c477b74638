import { answerText, fieldLabel, type AnswerWords } from './answer-labels';
import { sayIn } from './message-ids';
import { DISPOSITIONS, type Disposition } from './contract';
import { DERIVED_FACTS, isDerivedFact } from './facts';
import type { LoadedRule, RuleSet } from './rule-set';
import type { Condition, LeafCondition, Source } from './rule-schema';

/** One rule in plain language, for the rulebook and the app's "How this tool decides" page. */
export interface RulebookEntry {
  id: string;
  file: string;
  level: Disposition;
  /** Set only where the rule keeps more than the usual one level less on a "not sure". */
  levelWhenNotSure: Disposition | null;
  cause: string | null;
  when: string;
  reason: string;
  source: Source;
}

const NUMBER_WORDS: Partial<Record<string, (n: number) => string>> = {
  severity: (n) => `${n} out of 10`,
  painDays: (n) => `${n} days`,
  sittingHours: (n) => `${n} hours`,
};

const COMPARISONS = {
  lessThan: 'less than',
  lessThanInclusive: 'at most',
  greaterThan: 'more than',
  greaterThanInclusive: 'at least',
} as const;

function leafText({ fact, operator, value }: LeafCondition, words: AnswerWords): string {
  if (isDerivedFact(fact)) return value === true ? DERIVED_FACTS[fact].label : `not: ${DERIVED_FACTS[fact].label}`;
  const field = fact;
  const label = fieldLabel(words, field);
  const said = (v: unknown) => answerText(words, field, v);
  switch (operator) {
    case 'equal':
      return `${label}: ${said(value)}`;
    case 'in':
      return `${label}: ${(value as unknown[]).map(said).join(' or ')}`;
    case 'contains':
      return `${label} includes ${said(value)}`;
    default:
      return `${label} ${COMPARISONS[operator]} ${NUMBER_WORDS[field]?.(value as number) ?? String(value)}`;
  }
}

function conditionText(condition: Condition, words: AnswerWords, nested = false): string {
  if ('all' in condition) {
    const text = condition.all.map((c) => conditionText(c, words, true)).join('; and ');
    return nested && condition.all.length > 1 ? `(${text})` : text;
  }
  if ('any' in condition) {
    const text = condition.any.map((c) => conditionText(c, words, true)).join('; or ');
    return nested && condition.any.length > 1 ? `(${text})` : text;
  }
  return leafText(condition, words);
}

const entry = (rule: LoadedRule, ruleSet: RuleSet): RulebookEntry => ({
  id: rule.name,
  file: rule.file,
  level: rule.event.params.level,
  levelWhenNotSure: rule.event.params.levelWhenNotSure ?? null,
  cause: rule.event.params.cause ? ruleSet.catalogue.causes[rule.event.params.cause].name : null,
  when: conditionText(rule.conditions, ruleSet.answerWords),
  reason: rule.event.params.reason,
  source: rule.event.params.source,
});

/** Every rule in plain words, grouped by the level it calls for, most urgent first. */
/** The rules grouped by level, most urgent first, under headings in the rules' own words. */
export function rulebook(ruleSet: RuleSet): { level: Disposition; heading: string; entries: RulebookEntry[] }[] {
  return DISPOSITIONS.map((level) => ({
    level,
    heading: sayIn(ruleSet.messages, `level.${level}.rulebookHeading`),
    entries: ruleSet.rules.filter((r) => r.event.params.level === level).map((r) => entry(r, ruleSet)),
  }));
}

/** The rulebook as Markdown, as committed in docs/rulebook.md. */
export function rulebookMarkdown(ruleSet: RuleSet): string {
  const lines = [
    '# The rulebook',
    '',
    `Rule set version ${ruleSet.version} (fingerprint \`${ruleSet.hash}\`). Written by \`npm run rules:doc\` from \`rules/\`; do not edit by hand.`,
    '',
    'How to read it: every rule whose conditions hold "fires". The most urgent rule that fires sets the',
    'level, and nothing lowers it. When a rule fires only because a red-flag question was answered',
    '"not sure", it calls for one level less (never self-care) unless the rule keeps its level, and the',
    'result names the question.',
    'Self-care rules add weight to a likely cause; the causes are listed most likely first.',
  ];
  for (const group of rulebook(ruleSet)) {
    lines.push('', `## ${group.heading} (${group.level})`, '');
    for (const e of group.entries) {
      const source = e.source.url ? `[${e.source.title}](${e.source.url})` : e.source.title;
      lines.push(
        `- **${e.id}** (\`${e.file}\`): if ${e.when}, then ${group.level === 'self_care' ? 'it points to' : `**${e.level.replace('_', ' ')}**`}${e.levelWhenNotSure ? ` (on "not sure" too: **${e.levelWhenNotSure.replace('_', ' ')}**)` : ''}${e.cause ? `${group.level === 'self_care' ? '' : ', pointing to'} ${e.cause}` : ''}.`,
        `  ${e.reason} Source: ${source}${/[.?!]$/.test(e.source.title) && !e.source.url ? '' : '.'}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
