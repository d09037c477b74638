import type { AnswerField } from '../contract';
import { optionsOf } from '../questionnaire';
import type { Questionnaire, QuestionnaireItem, QuestionnairePage } from '../questionnaire-schema';
import type { AnswerValue, Coding } from './fhir-types';

/**
 * Every URL this tool mints sits under one base in example.org, a domain reserved for examples:
 * it can clash with no real code system, and it says plainly that nothing is published there yet.
 * A deployment that publishes its profiles changes this one line.
 */
export const FHIR_BASE = 'https://example.org/fhir/upper-back-triage';
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/upper-back-triage`;

/** Yes, no and "not sure", shared by every yes/no question: "not sure" is an answer of its own, never a false. */
export const YES_NO_SYSTEM = `${FHIR_BASE}/CodeSystem/yes-no-unsure`;
/** A question's own choices (its contract values as codes) sit in a code system per question, so "none" means one thing in each. */
export const answerSystem = (field: AnswerField) => `${FHIR_BASE}/CodeSystem/${field}`;
/** The explicit "none of these" of a list question, in the question's own system: an empty list, answered. */
export const NONE_CODE = 'none';

type ContractValue = string | number | boolean;

/** How one question of the questionnaire is said in FHIR: its item type, and each contract value as a FHIR answer. */
export interface QuestionCodes {
  field: AnswerField;
  page: QuestionnairePage;
  item: QuestionnaireItem;
  type: 'choice' | 'integer' | 'decimal';
  repeats: boolean;
  /** The value[x] its answers take. */
  valueKey: 'valueCoding' | 'valueInteger' | 'valueDecimal';
  /** The options, each a contract value and its FHIR answer; empty for a number typed into a box. */
  choices: { value: ContractValue; fhir: AnswerValue }[];
  /** A list question's "none of these": answers an empty list. */
  none?: Coding;
}

const YES_NO_CODES = new Map<ContractValue, string>([
  [true, 'yes'],
  [false, 'no'],
  ['unsure', 'unsure'],
]);

function codesOf(questionnaire: Questionnaire, page: QuestionnairePage, item: QuestionnaireItem): QuestionCodes {
  const where = `page ${page.id} › ${item.field}`;
  const repeats = item.kind === 'checkboxes' || item.kind === 'body-map';
  if (item.kind === 'hidden') {
    return { field: item.field, page, item, type: 'integer', repeats, valueKey: 'valueInteger', choices: [] };
  }
  if (item.kind === 'number') {
    const valueKey = item.decimals ? 'valueDecimal' : 'valueInteger';
    return { field: item.field, page, item, type: item.decimals ? 'decimal' : 'integer', repeats, valueKey, choices: [] };
  }
  const options = optionsOf(questionnaire, item);
  const base = { field: item.field, page, item, repeats };
  if (options.every((o) => typeof o.value === 'number')) {
    // A number chosen from a list (the 0–10 pain score): an integer question with its answers listed, as R4 allows.
    const whole = options.every((o) => Number.isInteger(o.value));
    const fhir = (value: number): AnswerValue => (whole ? { valueInteger: value } : { valueDecimal: value });
    const choices = options.map((o) => ({ value: o.value, fhir: fhir(o.value as number) }));
    return { ...base, type: whole ? 'integer' : 'decimal', valueKey: whole ? 'valueInteger' : 'valueDecimal', choices };
  }
  // A yes/no question (the contract's true / false, and "unsure" where it may be answered "not sure").
  const yesNo = options.some((o) => typeof o.value === 'boolean');
  const system = yesNo ? YES_NO_SYSTEM : answerSystem(item.field);
  const choices = options.map((o) => {
    const code = yesNo ? YES_NO_CODES.get(o.value) : typeof o.value === 'string' ? o.value : undefined;
    if (code === undefined) throw new Error(`FHIR: ${where}: the option ${JSON.stringify(o.value)} has no FHIR code`);
    return { value: o.value, fhir: { valueCoding: { system, code, display: o.label } } };
  });
  const none = item.kind === 'checkboxes' && item.none ? { system, code: NONE_CODE, display: item.none.label } : undefined;
  if (none && options.some((o) => o.value === NONE_CODE)) {
    throw new Error(`FHIR: ${where}: an option's value is "${NONE_CODE}", the code of "none of these"`);
  }
  return { ...base, type: 'choice', valueKey: 'valueCoding', choices, ...(none ? { none } : {}) };
}

/** Every question, in the order asked, with the way its answers are said in FHIR. */
export function questionCodes(questionnaire: Questionnaire): Map<AnswerField, QuestionCodes> {
  const codes = new Map<AnswerField, QuestionCodes>();
  for (const page of questionnaire.pages)
    for (const item of page.items) codes.set(item.field, codesOf(questionnaire, page, item));
  return codes;
}

export const sameCoding = (a: Coding, b: Coding) => a.system === b.system && a.code === b.code;

/** One contract value (an element, for a list) as a FHIR answer; undefined when the question does not offer it. */
export function fhirAnswer(question: QuestionCodes, value: unknown): AnswerValue | undefined {
  if (question.choices.length === 0) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
    if (question.valueKey === 'valueInteger') return Number.isInteger(value) ? { valueInteger: value } : undefined;
    return { valueDecimal: value };
  }
  return question.choices.find((choice) => choice.value === value)?.fhir;
}
