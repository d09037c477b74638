import { z } from 'zod/mini';
import { DISPOSITIONS, fieldsAskedAtCheckIn, visitNumber, type Disposition, type Questionnaire } from '../../triage';
import { draftSchema, type AnswersDraft } from './answers-draft';
import { daysBetween } from './calendar-day';
import { savedRecord } from './saved-record';

export const CHECK_INS_KEY = 'upper-back-triage:check-ins';
const CHECK_INS_VERSION = 1;

/** One visit for the same pain, kept for the next check-in: what was answered, the day, and what the person was told. */
export interface Visit {
  /** The day on this device's calendar, YYYY-MM-DD. */
  date: string;
  answers: AnswersDraft;
  level: Disposition;
  /** The version of the rules that gave the level. */
  rules: string;
}

const visitSchema = z.strictObject({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  answers: draftSchema,
  level: z.enum(DISPOSITIONS),
  rules: z.string(),
});
const visitsSchema = z.array(visitSchema);

export interface LoadedVisits {
  visits: Visit[];
  /** Saved visits were there but unreadable: they are removed, never half used. */
  discarded: boolean;
}

const saved = savedRecord<Visit[]>(
  CHECK_INS_KEY,
  'visits',
  CHECK_INS_VERSION,
  (content) => visitsSchema.safeParse(content).success,
);

export function loadVisits(): LoadedVisits {
  const { content, discarded } = saved.read();
  return { visits: content ?? [], discarded };
}

/** Keeps the visits on this device (none erases them); false when the browser refuses, having kept them in the tab instead. */
export const saveVisits = (visits: Visit[]): boolean => saved.write(visits.length === 0 ? undefined : visits);

/** The visits kept before the one these answers are. */
export const earlierVisits = (visits: Visit[], answers: AnswersDraft) => visits.slice(0, visitNumber(answers) - 1);

/** The timeline with this visit in its place: saving the same visit again replaces it. */
export const withVisit = (visits: Visit[], visit: Visit): Visit[] => [...earlierVisits(visits, visit.answers), visit];

/** Whether this visit, as answered now, is the one kept. */
export const isKept = (visits: Visit[], answers: AnswersDraft) =>
  JSON.stringify(visits[visitNumber(answers) - 1]?.answers) === JSON.stringify(answers);

/**
 * The answers a check-in starts from: the last visit's, without the ones asked afresh (the warning
 * signs, the pain and its course, so that an old "no" is never carried), and the days the pain has
 * lasted counted on to today, for the person to check.
 */
export function checkInAnswers(questionnaire: Questionnaire, visits: Visit[], today: string): AnswersDraft {
  const last = visits.at(-1);
  if (!last) return {};
  const afresh = new Set<string>(fieldsAskedAtCheckIn(questionnaire));
  const carried = Object.fromEntries(Object.entries(last.answers).filter(([field]) => !afresh.has(field)));
  const painDays = Math.min(365, (last.answers.painDays ?? 0) + Math.max(0, daysBetween(last.date, today)));
  return { ...carried, painDays, visit: visits.length + 1 };
}
