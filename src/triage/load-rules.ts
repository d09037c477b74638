import type { z } from 'zod/mini';
import { answersSchema, yesNoUnsure } from './contract';
import { isDerivedFact, type FactName } from './facts';
import { urgency } from './disposition';
import { describeIssues } from './issue-text';
import { catalogueSchema, type Catalogue } from './catalogue-schema';
import { factSchema, kind, legalFor } from './field-schema';
import { FITNESS_ARTICLE, ruleFileSchema, type Condition, type LeafCondition, type Rule, type Source } from './rule-schema';
import { questionnaireProblems } from './check-questionnaire';
import { questionnaireSchema } from './questionnaire-schema';
import { regionsProblems } from './check-regions';
import { regionsFileSchema, type RegionsFile } from './regions-schema';
import { assembleRuleSet, RuleSetError, type RuleSet, type RuleSources } from './rule-set';
import { idsIn, messagesProblems } from './words';

/**
 * A failed union (a condition that is neither a test nor an all/any group) says only that it failed;
 * report instead the branch that got furthest, which is nearly always the one the author meant.
 */
function closestIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const depth = (issues: z.core.$ZodIssue[]) => Math.max(...issues.map((i) => i.path.length));
  const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  return best.flatMap((inner) => closestIssues({ ...inner, path: [...issue.path, ...inner.path] }));
}

function zodProblems(file: string, content: unknown, error: z.core.$ZodError): string[] {
  const rules = (content as { rules?: { name?: unknown }[] } | null)?.rules;
  return describeIssues(error.issues.flatMap(closestIssues), content, 'is not a field of a rule file').map(
    ({ field, problem }) => {
      const index = /^rules\[(\d+)\]/.exec(field)?.[1];
      const ruleName = index === undefined ? undefined : rules?.[Number(index)]?.name;
      return `${typeof ruleName === 'string' ? `${file} › ${ruleName}` : file}: ${field || '(file)'}: ${problem}`;
    },
  );
}

export const leaves = (condition: Condition): LeafCondition[] =>
  'all' in condition ? condition.all.flatMap(leaves) : 'any' in condition ? condition.any.flatMap(leaves) : [condition];

/** A fact that may be null: an answer the contract lets a person leave out (not one with a default). */
const mayBeUnanswered = (fact: FactName) => !isDerivedFact(fact) && answersSchema.shape[fact]._zod.def.type === 'optional';

/** Checks that a test compares a fact with values that fact can take, and never reads "not sure" as "no". */
function leafProblem(leaf: LeafCondition, rule: Rule): string | undefined {
  const schema = factSchema(leaf.fact);
  const legal = (v: unknown) => (v === null ? mayBeUnanswered(leaf.fact) : legalFor(schema)(v));
  const { fact, operator, value } = leaf;
  switch (operator) {
    case 'equal':
      if (!legal(value)) return `${fact} can never equal ${JSON.stringify(value)}`;
      break;
    case 'in':
      if (!Array.isArray(value)) return `"in" on ${fact} needs a list of values`;
      for (const v of value) if (!legal(v)) return `${fact} can never be ${JSON.stringify(v)}`;
      break;
    case 'contains':
      if (kind(schema) !== 'array') return `"contains" needs a list fact, and ${fact} is not one`;
      if (!legalFor((schema._zod.def as z.core.$ZodArrayDef).element)(value))
        return `${fact} can never contain ${JSON.stringify(value)}`;
      break;
    default:
      if (kind(schema) !== 'number') return `"${operator}" needs a number fact, and ${fact} is not one`;
      if (typeof value !== 'number') return `"${operator}" on ${fact} needs a number`;
  }
  const accepted = operator === 'equal' ? [value] : operator === 'in' && Array.isArray(value) ? value : [];
  // "Not sure" is never read as the firm answer that raises the level: a "yes" (a warning sign), or a
  // "no" where "no" is the worrying answer (a chest pain that pressing does not bring on).
  if (factSchema(fact) === yesNoUnsure && rule.event.params.level !== 'self_care') {
    for (const [firm, word] of [
      [true, 'yes'],
      [false, 'no'],
    ] as const) {
      if (accepted.includes(firm) && !accepted.includes('unsure'))
        return `${fact}: a "${word}" that raises the level must also catch "unsure" (use "in": [${String(firm)}, "unsure"])`;
    }
  }
  return undefined;
}

/** A rule's own "not sure" level may keep its level, or lower it, but never raise it or reach self-care. */
function notSureLevelProblem(rule: Rule): string | undefined {
  const { level, levelWhenNotSure } = rule.event.params;
  if (levelWhenNotSure === undefined) return undefined;
  if (levelWhenNotSure === 'self_care') return 'levelWhenNotSure: "not sure" can never give self-care';
  if (urgency(levelWhenNotSure) > urgency(level))
    return `levelWhenNotSure: "${levelWhenNotSure}" is more urgent than the rule's level "${level}"`;
  return undefined;
}

/**
 * What a person reads must rest on clinical guidance they can open. The two fitness articles the
 * tool grew from have no link, and say so in their title.
 */
const sourceProblem = (source: Source) =>
  source.url || source.title.startsWith(FITNESS_ARTICLE)
    ? undefined
    : `source "${source.title}" needs a link (url); only a "${FITNESS_ARTICLE} …" may go without one`;

/** Every region's numbers must rest on a page a reviewer can open. */
const regionSourceProblems = (file: string, { regions }: RegionsFile): string[] =>
  regions.flatMap(({ id, sources }) =>
    sources.flatMap((source) => {
      const problem = sourceProblem(source);
      return problem ? [`${file} › ${id}: ${problem}`] : [];
    }),
  );

function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const sources = [
    ...Object.entries(catalogue.items).map(([id, item]) => [`items.${id}`, item.source] as const),
    ...Object.entries(catalogue.causes).map(([id, cause]) => [`causes.${id}`, cause.source] as const),
    ...catalogue.safetyNet.flatMap((group) => group.signs.map((sign) => [`safetyNet.${group.level}`, sign.source] as const)),
  ];
  for (const [where, source] of sources) {
    const problem = sourceProblem(source);
    if (problem) problems.push(`catalogue.json › ${where}: ${problem}`);
  }
  const known = (id: string) => id in catalogue.items;
  for (const [cause, info] of Object.entries(catalogue.causes)) {
    for (const id of info.plan) if (!known(id)) problems.push(`catalogue.json › causes.${cause}: no advice item "${id}"`);
  }
  for (const id of catalogue.general) if (!known(id)) problems.push(`catalogue.json › general: no advice item "${id}"`);
  return problems;
}

/**
 * Validates every rule file, the catalogue, the questionnaire and the regions, and returns the whole rule set, or throws a
 * RuleSetError naming every problem: never a half-loaded rule set.
 */
export function loadRuleSet(sources: RuleSources): RuleSet {
  const { files: ruleFiles, catalogue: catalogueSource, questionnaire: questionnaireSource, regions: regionsSource } = sources;
  const problems: string[] = [];
  const seen = new Map<string, string>();

  for (const { file, content } of ruleFiles) {
    const parsed = ruleFileSchema.safeParse(content);
    if (!parsed.success) {
      problems.push(...zodProblems(file, content, parsed.error));
      continue;
    }
    for (const rule of parsed.data.rules) {
      const earlier = seen.get(rule.name);
      if (earlier) problems.push(`${file} › ${rule.name}: the id is used again (first in ${earlier})`);
      seen.set(rule.name, file);
      const ruleProblems = [
        notSureLevelProblem(rule),
        sourceProblem(rule.event.params.source),
        ...leaves(rule.conditions).map((leaf) => leafProblem(leaf, rule)),
      ];
      for (const problem of ruleProblems) if (problem) problems.push(`${file} › ${rule.name}: ${problem}`);
    }
  }
  if (ruleFiles.length === 0) problems.push('rules/: there are no rule files');

  const catalogue = catalogueSchema.safeParse(catalogueSource.content);
  if (!catalogue.success) problems.push(...zodProblems(catalogueSource.file, catalogueSource.content, catalogue.error));
  else problems.push(...catalogueProblems(catalogue.data));

  const questionnaire = questionnaireSchema.safeParse(questionnaireSource.content);
  if (!questionnaire.success)
    problems.push(...zodProblems(questionnaireSource.file, questionnaireSource.content, questionnaire.error));
  else problems.push(...questionnaireProblems(questionnaire.data));

  const regions = regionsFileSchema.safeParse(regionsSource.content);
  if (!regions.success) problems.push(...zodProblems(regionsSource.file, regionsSource.content, regions.error));
  else
    problems.push(
      ...regionsProblems(regionsSource.file, regions.data),
      ...regionSourceProblems(regionsSource.file, regions.data),
    );

  for (const { file, content } of sources.words) problems.push(...messagesProblems(`text/${file}`, content, idsIn(content)));

  if (problems.length > 0) throw new RuleSetError(problems);
  return assembleRuleSet(sources);
}
