import type { AnswerField } from '../../../triage';
import { isAnswered, isRequired, REQUIRED_FIELDS, type AnswersDraft } from '../answers-draft';
import { CHECK, question, type Route } from '../navigation';
import { QUESTIONS, type Question } from './questions';

const applies = (q: Question, draft: AnswersDraft) => q.followUp?.appliesWhen(draft) ?? true;

export const applicableQuestions = (draft: AnswersDraft) => QUESTIONS.filter((q) => applies(q, draft));

export function questionFor(field: AnswerField): Question {
  const found = QUESTIONS.find((q) => q.field === field);
  if (!found) throw new Error(`no question asks for ${field}`);
  return found;
}

export const canSkip = (q: Question) => !isRequired(q.field) && !q.mustAnswer;

/** The answers that count: a follow-up's answer is kept while it no longer applies, but not used. */
export function answersInScope(draft: AnswersDraft): AnswersDraft {
  const inScope: AnswersDraft = {};
  for (const q of applicableQuestions(draft)) {
    if (isAnswered(draft, q.field)) Object.assign(inScope, { [q.field]: draft[q.field] });
  }
  return inScope;
}

export const isComplete = (draft: AnswersDraft) => REQUIRED_FIELDS.every((field) => isAnswered(draft, field));

const indexOf = (questions: Question[], field: AnswerField) => questions.findIndex((q) => q.field === field);

/** The page after answering a question on the way through. */
export function routeAfter(field: AnswerField, draft: AnswersDraft): Route {
  const questions = applicableQuestions(draft);
  const next = questions[indexOf(questions, field) + 1];
  return next ? question(next.field) : CHECK;
}

/** The page after changing an answer from the check page: the unanswered follow-ups of that question, then back. */
export function routeAfterChange(field: AnswerField, draft: AnswersDraft): Route {
  const questions = applicableQuestions(draft);
  const family = questionFor(field).followUp?.of ?? field;
  const opened = questions
    .slice(indexOf(questions, field) + 1)
    .find((q) => q.followUp?.of === family && !isAnswered(draft, q.field));
  return opened ? question(opened.field, true) : CHECK;
}

export function previousQuestion(field: AnswerField, draft: AnswersDraft): Question | undefined {
  const questions = applicableQuestions(draft);
  return questions[indexOf(questions, field) - 1];
}

export const lastQuestion = (draft: AnswersDraft): Question | undefined => applicableQuestions(draft).at(-1);

export const lastAnsweredQuestion = (draft: AnswersDraft): Question | undefined =>
  applicableQuestions(draft)
    .reverse()
    .find((q) => isAnswered(draft, q.field));

/**
 * Where to pick up: the question after the last one answered, unless a required question before
 * it is still open. Never past a warning sign that has not been answered.
 */
export function resumeRoute(draft: AnswersDraft): Route {
  const questions = applicableQuestions(draft);
  const lastAnswered = questions.map((q) => isAnswered(draft, q.field)).lastIndexOf(true);
  const firstMissing = questions.findIndex((q) => isRequired(q.field) && !isAnswered(draft, q.field));
  const target = firstMissing === -1 ? lastAnswered + 1 : Math.min(firstMissing, lastAnswered + 1);
  const next = questions[target];
  return next ? question(next.field) : CHECK;
}

/** A question may be opened only when it applies and every required question before it is answered. */
export function canOpen(field: AnswerField, draft: AnswersDraft): boolean {
  const questions = applicableQuestions(draft);
  const index = indexOf(questions, field);
  return index !== -1 && questions.slice(0, index).every((q) => !isRequired(q.field) || isAnswered(draft, q.field));
}

/** Where a run of one section's questions begins ("Warning signs" comes twice, around "How it started"). */
const startsPart = (q: Question, index: number) => q.section !== QUESTIONS[index - 1]?.section;

/**
 * Which part of the questionnaire a question is in, out of how many: counted over every question,
 * so it never changes as answers open or close follow-ups (each follow-up is in its question's part).
 */
export function progress(field: AnswerField) {
  const upTo = QUESTIONS.slice(0, indexOf(QUESTIONS, field) + 1);
  return { part: upTo.filter(startsPart).length, parts: QUESTIONS.filter(startsPart).length };
}
