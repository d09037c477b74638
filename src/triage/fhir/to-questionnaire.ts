import type { AnswerField } from '../contract';
import type { EnableWhen, QuestionnaireItem, QuestionnairePage } from '../questionnaire-schema';
import type { RuleSet } from '../rule-set';
import { fhirAnswer, questionCodes, QUESTIONNAIRE_URL, type QuestionCodes } from './answer-codes';
import type { EnableWhenAnswer, Extension, FhirEnableWhen, FhirQuestionnaire, FhirQuestionnaireItem } from './fhir-types';

type Codes = Map<AnswerField, QuestionCodes>;

function conditionAnswer(codes: Codes, { question, operator, answer }: EnableWhen, where: string): EnableWhenAnswer {
  if (operator === 'exists') return { answerBoolean: answer === true };
  const asked = codes.get(question);
  const value = asked && fhirAnswer(asked, answer);
  if (!value) throw new Error(`FHIR: ${where}: enableWhen ${question} ${operator} ${JSON.stringify(answer)} has no FHIR answer`);
  if ('valueCoding' in value) return { answerCoding: value.valueCoding };
  if ('valueInteger' in value) return { answerInteger: value.valueInteger };
  return { answerDecimal: value.valueDecimal };
}

/**
 * The questionnaire's enableWhen is already FHIR's, read as FHIR reads it (questionnaire.ts): an
 * empty list is an answer, as the explicit "none" coding it becomes in a response, so "exists"
 * means the same on both sides; only the answer takes its FHIR type.
 */
function conditions(codes: Codes, node: QuestionnairePage | QuestionnaireItem, where: string) {
  const { enableWhen, enableBehavior } = node;
  if (!enableWhen) return {};
  const fhir: FhirEnableWhen[] = enableWhen.map((c) => ({
    question: c.question,
    operator: c.operator,
    ...conditionAnswer(codes, c, where),
  }));
  // R4 (que-12) asks for enableBehavior whenever there is more than one condition; "all" is the questionnaire's default.
  return fhir.length > 1 ? { enableWhen: fhir, enableBehavior: enableBehavior ?? 'all' } : { enableWhen: fhir };
}

const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
/** R4's core extension for an item a form does not show: which visit this is, filled in by the app. */
const HIDDEN = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';

function itemExtensions(question: QuestionCodes): Extension[] | undefined {
  const { item } = question;
  if (item.kind === 'hidden') return [{ url: HIDDEN, valueBoolean: true }];
  if (item.kind !== 'number') return undefined;
  const value = (n: number): Omit<Extension, 'url'> => (item.decimals ? { valueDecimal: n } : { valueInteger: n });
  return [
    { url: MIN_VALUE, ...value(item.min) },
    { url: MAX_VALUE, ...value(item.max) },
  ];
}

function questionItem(codes: Codes, question: QuestionCodes): FhirQuestionnaireItem {
  const { item, page } = question;
  const options = [...question.choices.map((c) => c.fhir), ...(question.none ? [{ valueCoding: question.none }] : [])];
  const extension = itemExtensions(question);
  return {
    ...(extension ? { extension } : {}),
    linkId: item.field,
    text: item.text,
    type: question.type,
    ...conditions(codes, item, `page ${page.id} › ${item.field}`),
    ...(item.required ? { required: true } : {}),
    ...(question.repeats ? { repeats: true } : {}),
    ...(options.length > 0 ? { answerOption: options } : {}),
  };
}

/**
 * The questionnaire (RuleSet.questionnaire) as a FHIR R4 Questionnaire: a group per page (linkId
 * the page id) holding its questions (linkId the contract field), versioned with the rules.
 * Deterministic (no date, no ids minted), so the committed copy can be checked against it.
 */
export function fhirQuestionnaire(ruleSet: Pick<RuleSet, 'version' | 'questionnaire'>): FhirQuestionnaire {
  const codes = questionCodes(ruleSet.questionnaire);
  return {
    resourceType: 'Questionnaire',
    id: 'upper-back-triage',
    url: QUESTIONNAIRE_URL,
    version: ruleSet.version,
    name: 'UpperBackTriage',
    title: 'Upper back pain after a workout',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'A short questionnaire for someone whose upper back hurts after push-ups, rows, presses or pull-ups. ' +
      'Each linkId of a question is a field of the answers contract; "not sure" is an answer of its own, never a no.',
    purpose:
      "Triage by the tool's rules of the same version: one level of care, the likely causes and the serious ones it must " +
      'not miss. It is not a diagnosis.',
    item: ruleSet.questionnaire.pages.map((page) => ({
      linkId: page.id,
      text: page.title,
      type: 'group',
      ...conditions(codes, page, `page ${page.id}`),
      item: page.items.map((item) => questionItem(codes, codes.get(item.field)!)),
    })),
  };
}
