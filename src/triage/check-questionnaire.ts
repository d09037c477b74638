import type { z } from 'zod/mini';
import { ANSWER_FIELDS, OPTIONAL_RED_FLAG_FIELDS, RED_FLAG_FIELDS, REQUIRED_FIELDS, type AnswerField } from './contract';
import { elementSchema, factSchema, kind, legalFor } from './field-schema';
import { optionsOf } from './questionnaire';
import type { EnableWhen, Questionnaire, QuestionnaireItem, QuestionnairePage } from './questionnaire-schema';

const FILE = 'questionnaire.json';

/** Every value a choice can take, when there are few enough to list; undefined for numbers and text. */
function listedValues(schema: z.core.$ZodType): unknown[] | undefined {
  const def = schema._zod.def;
  switch (kind(schema)) {
    case 'enum':
      return Object.values((def as z.core.$ZodEnumDef).entries);
    case 'literal':
      return [...(def as z.core.$ZodLiteralDef<string>).values];
    case 'boolean':
      return [true, false];
    case 'union': {
      const parts = (def as z.core.$ZodUnionDef).options.map((option) => listedValues(option));
      return parts.every((part) => part !== undefined) ? parts.flat() : undefined;
    }
    default:
      return undefined;
  }
}

const show = (value: unknown) => JSON.stringify(value);

function kindProblem(item: QuestionnaireItem): string | undefined {
  const type = kind(factSchema(item.field));
  const takesList = item.kind === 'checkboxes' || item.kind === 'body-map';
  if (takesList !== (type === 'array'))
    return `a ${item.kind} question cannot answer ${item.field}, which ${type === 'array' ? 'is' : 'is not'} a list`;
  if ((item.kind === 'number' || item.kind === 'hidden') && type !== 'number')
    return `a ${item.kind} question cannot answer ${item.field}, which is not a number`;
  return undefined;
}

function optionProblems(questionnaire: Questionnaire, item: QuestionnaireItem): string[] {
  const problems: string[] = [];
  if (item.kind === 'radios' && typeof item.options === 'string' && !questionnaire.choiceSets[item.options]) {
    return [`there is no choice set "${item.options}"`];
  }
  const legal = legalFor(elementSchema(item.field));
  const offered = optionsOf(questionnaire, item).map((option) => option.value);
  for (const value of offered) if (!legal(value)) problems.push(`the option ${show(value)} is not a value of ${item.field}`);
  if (new Set(offered).size !== offered.length) problems.push('an option is offered twice');
  for (const value of listedValues(elementSchema(item.field)) ?? []) {
    if (!offered.includes(value as never)) problems.push(`the value ${show(value)} of ${item.field} is not offered`);
  }
  if (item.kind === 'checkboxes' && item.none && !legalFor(factSchema(item.field))([])) {
    problems.push(`"none" answers with an empty list, which ${item.field} does not take`);
  }
  return problems;
}

/** The range a number question accepts must be the contract's, no wider and no narrower. */
function rangeProblems(item: QuestionnaireItem): string[] {
  if (item.kind !== 'number') return [];
  const legal = legalFor(factSchema(item.field));
  const step = item.decimals ? 0.01 : 1;
  const problems: string[] = [];
  if (!legal(item.min) || legal(item.min - step)) problems.push(`min ${item.min} is not the contract's lowest value`);
  if (!legal(item.max) || legal(item.max + step)) problems.push(`max ${item.max} is not the contract's highest value`);
  return problems;
}

function conditionProblems(conditions: EnableWhen[] | undefined, askedBefore: Set<AnswerField>): string[] {
  const problems: string[] = [];
  for (const { question, operator, answer } of conditions ?? []) {
    if (!askedBefore.has(question)) problems.push(`enableWhen reads ${question}, which is not asked on an earlier page`);
    const legal = operator === 'exists' ? typeof answer === 'boolean' : legalFor(elementSchema(question))(answer);
    if (!legal) problems.push(`enableWhen: ${question} ${operator} ${show(answer)} can never hold`);
  }
  return problems;
}

function itemProblems(
  questionnaire: Questionnaire,
  page: QuestionnairePage,
  item: QuestionnaireItem,
  askedBefore: Set<AnswerField>,
) {
  const problems = [kindProblem(item), ...optionProblems(questionnaire, item), ...rangeProblems(item)];
  problems.push(...conditionProblems(item.enableWhen, askedBefore));
  if (REQUIRED_FIELDS.includes(item.field)) {
    if (!item.required) problems.push('the answers contract requires this field: mark it "required": true');
    if (item.enableWhen || page.enableWhen)
      problems.push('a field the contract requires must always be asked, never behind enableWhen');
  }
  const isWarningSign = WARNING_SIGNS.includes(item.field);
  if (isWarningSign && !page.warningSigns) problems.push('a warning sign must sit on a page of warning signs');
  return problems.filter((problem) => problem !== undefined);
}

const WARNING_SIGNS: readonly AnswerField[] = [...RED_FLAG_FIELDS, ...OPTIONAL_RED_FLAG_FIELDS];

/** A page asked only on a warning sign's answer (what the chest pain is like): it may sit among the warning signs. */
const followsUpWarningSigns = (page: QuestionnairePage) =>
  page.enableWhen !== undefined && page.enableWhen.every((condition) => WARNING_SIGNS.includes(condition.question));

/**
 * What the schema cannot say: every contract field asked exactly once, every option a legal value
 * and every legal value offered, conditions only on earlier pages, the warning signs first and
 * always asked. Each problem names the page and the field.
 */
export function questionnaireProblems(questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  const askedOn = new Map<AnswerField, string>();
  const pageIds = new Set<string>();
  let pastWarningSigns = false;

  for (const page of questionnaire.pages) {
    const where = `${FILE} › page ${page.id}`;
    if (pageIds.has(page.id)) problems.push(`${where}: the page id is used again`);
    pageIds.add(page.id);
    if (page.warningSigns && pastWarningSigns)
      problems.push(`${where}: a page of warning signs must come before every other page`);
    if (page.warningSigns && page.enableWhen) problems.push(`${where}: warning signs are always asked, never behind enableWhen`);
    if ((page.warningSigns || followsUpWarningSigns(page)) && !page.askedAtCheckIn)
      problems.push(`${where}: warning signs are asked again at every check-in: mark the page "askedAtCheckIn": true`);
    pastWarningSigns ||= !page.warningSigns && !followsUpWarningSigns(page);

    const askedBefore = new Set(askedOn.keys());
    for (const problem of conditionProblems(page.enableWhen, askedBefore)) problems.push(`${where}: ${problem}`);
    for (const item of page.items) {
      const earlier = askedOn.get(item.field);
      if (earlier) problems.push(`${where} › ${item.field}: asked again (first on page ${earlier})`);
      askedOn.set(item.field, page.id);
      if (page.warningSigns && item.enableWhen) problems.push(`${where} › ${item.field}: warning signs are always asked`);
      for (const problem of itemProblems(questionnaire, page, item, askedBefore))
        problems.push(`${where} › ${item.field}: ${problem}`);
    }
  }
  for (const field of ANSWER_FIELDS) if (!askedOn.has(field)) problems.push(`${FILE}: no question asks for ${field}`);
  return problems;
}
