import { answerText, fieldLabel, type AnswerWords } from './answer-labels';
import type { AnswerField, Answers } from './contract';
import { DERIVED_FACTS, isDerivedFact } from './facts';

/** One answer that led to a finding: "because you said …". */
export interface Because {
  field: AnswerField;
  answer: unknown;
  said: string;
}

/** A condition as json-rules-engine hands it back after a run, with each test's outcome. */
export interface EvaluatedCondition {
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
  factResult?: unknown;
}

export const passed = (c: EvaluatedCondition) => c.result === true;

/**
 * The answers that made a fired rule pass: all of an "all", only the passing ones of an "any". A
 * test that passed on a question left unanswered is not something the person said (see unansweredFacts).
 */
export function passingFacts(condition: EvaluatedCondition): string[] {
  if (condition.all) return condition.all.flatMap(passingFacts);
  if (condition.any) return condition.any.filter(passed).flatMap(passingFacts);
  return passed(condition) && condition.fact && condition.factResult !== null ? [condition.fact] : [];
}

/**
 * Whether the rule would have fired on firm answers alone. It did not when every way it passed
 * leaned on a "not sure": then it fired only on a possibility, and the level steps down one.
 */
export function passedFirmly(condition: EvaluatedCondition): boolean {
  if (condition.all) return condition.all.every(passedFirmly);
  if (condition.any) return condition.any.some(passedFirmly);
  return passed(condition) && condition.factResult !== 'unsure';
}

/** The "not sure" answers a fired rule leaned on, so the person can check them. */
export function notSureFacts(condition: EvaluatedCondition): AnswerField[] {
  if (condition.all) return condition.all.flatMap(notSureFacts);
  if (condition.any) return condition.any.filter(passed).flatMap(notSureFacts);
  return passed(condition) && condition.factResult === 'unsure' ? [condition.fact as AnswerField] : [];
}

/** The questions a fired rule passed on because they were not answered (a test that catches null). */
export function unansweredFacts(condition: EvaluatedCondition): AnswerField[] {
  if (condition.all) return condition.all.flatMap(unansweredFacts);
  if (condition.any) return condition.any.filter(passed).flatMap(unansweredFacts);
  return passed(condition) && condition.factResult === null ? [condition.fact as AnswerField] : [];
}

/** Turns the facts a rule passed on into the answers behind them; a derived fact is explained by its inputs. */
export function becauseOf(facts: string[], answers: Answers, words: AnswerWords): Because[] {
  const fields = new Set<AnswerField>();
  for (const fact of facts) {
    if (isDerivedFact(fact)) DERIVED_FACTS[fact].from.forEach((f) => fields.add(f));
    else fields.add(fact as AnswerField);
  }
  return [...fields].map((field) => ({
    field,
    answer: answers[field] ?? null,
    said: `${fieldLabel(words, field)}: ${answerText(words, field, answers[field])}`,
  }));
}
