import { z } from 'zod/mini';
import { DISPOSITIONS, fieldsAskedAtCheckIn, type Disposition, type Questionnaire } from '../../triage';
import { draftSchema, type AnswersDraft } from './answers-draft';
import { daysBetween } from './calendar-day';
import { localStore } from './local-store';
import { tabMemory } from './tab-memory';

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
const recordSchema = z.strictObject({ version: z.literal(CHECK_INS_VERSION), visits: z.array(visitSchema) });

export interface LoadedVisits {
  visits: Visit[];
  /** Saved visits were there but unreadable: they are removed, never half used. */
  discarded: boolean;
}

export function loadVisits(): LoadedVisits {
  const text = localStore.read(CHECK_INS_KEY) ?? keptInTab();
  if (text === null) return { visits: [], discarded: false };
  try {
    const saved = recordSchema.safeParse(JSON.parse(text));
    // Keep the answers as saved: parsing would fill in the defaults of questions not asked.
    if (saved.success) return { visits: (JSON.parse(text) as { visits: Visit[] }).visits, discarded: false };
  } catch {
    // Not JSON: removed below.
  }
  localStore.remove(CHECK_INS_KEY);
  return { visits: [], discarded: true };
}

/** The visits the tab kept when the device would not store them. */
const keptInTab = (): string | null => {
  const kept = tabMemory.read().checkIns;
  return typeof kept === 'string' ? kept : null;
};

/** Keeps the visits on this device (none erases them); false when the browser refuses, having kept them in the tab instead. */
export function saveVisits(visits: Visit[]): boolean {
  const text = visits.length === 0 ? null : JSON.stringify({ version: CHECK_INS_VERSION, visits });
  const stored = text === null ? localStore.remove(CHECK_INS_KEY) : localStore.write(CHECK_INS_KEY, text);
  if (!stored || keptInTab() !== null) tabMemory.write({ checkIns: stored ? undefined : text });
  return stored;
}

/** Which visit these answers are: 1 unless they are a check-in. */
export const visitNumber = (answers: AnswersDraft) => answers.visit ?? 1;

/** The timeline with this visit in its place: saving the same visit again replaces it. */
export const withVisit = (visits: Visit[], visit: Visit): Visit[] => [...visits.slice(0, visitNumber(visit.answers) - 1), visit];

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
