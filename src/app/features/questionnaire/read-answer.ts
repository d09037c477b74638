import { answersSchema } from '../../../triage';
import type { Choice } from '../../components/choice';
import { EXCLUSIVE_NONE_VALUE, type Option, type Question } from '../../lib/questionnaire/questions';

/** What the page's controls hold: the text or the ticked values, as the form would send them. */
export type FormValue = string | string[];

export type ReadAnswer = { ok: true; value: unknown } | { ok: false; message: string };

export const choiceOf = (option: Option): Choice => ({ value: String(option.value), label: option.label, hint: option.hint });

const takesList = (question: Question) => question.kind === 'checkboxes' || question.kind === 'body-map';

/** Shows an answer already given in the page's controls. */
export function formValueOf(question: Question, answer: unknown): FormValue {
  if (takesList(question)) {
    if (!Array.isArray(answer)) return [];
    const saidNone = answer.length === 0 && question.kind === 'checkboxes' && question.none !== undefined;
    return saidNone ? [EXCLUSIVE_NONE_VALUE] : answer.map(String);
  }
  return answer === undefined ? '' : `${answer as string | number | boolean}`;
}

const NUMBER = { whole: /^\d+$/, decimal: /^\d+(\.\d+)?$/ };

/** The contract's value for what the controls hold; undefined when nothing was given. */
function contractValue(question: Question, formValue: FormValue): unknown {
  if (question.kind === 'number') {
    const text = String(formValue).trim();
    if (text === '') return undefined;
    return (question.decimals ? NUMBER.decimal : NUMBER.whole).test(text) ? Number(text) : Number.NaN;
  }
  if (question.kind === 'radios') return question.options.find((option) => String(option.value) === formValue)?.value;

  const ticked = Array.isArray(formValue) ? formValue : [];
  if (ticked.length === 0) return undefined;
  if (ticked.includes(EXCLUSIVE_NONE_VALUE)) return [];
  return question.options.filter((option) => ticked.includes(String(option.value))).map((option) => option.value);
}

/** Reads the controls into a contract value, checked by the contract's own schema for this field. */
export function readAnswer(question: Question, formValue: FormValue): ReadAnswer {
  const value = contractValue(question, formValue);
  if (value === undefined) return { ok: false, message: question.emptyError };
  if (answersSchema.shape[question.field].safeParse(value).success) return { ok: true, value };
  return { ok: false, message: question.kind === 'number' ? question.invalidError : question.emptyError };
}
