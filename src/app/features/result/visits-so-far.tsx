import { answerText, isCheckIn, type TriageResult } from '../../../triage';
import { VisitTimeline } from '../../components/visit-timeline';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useAnswerWords } from '../../lib/assessment-context';
import { calendarDate } from '../../lib/calendar-day';
import { visitNumber, type Visit } from '../../lib/check-ins';

interface VisitsSoFarProps {
  answers: AnswersDraft;
  result: TriageResult;
  visits: Visit[];
}

/** At a check-in: every visit for this pain, the earlier ones as kept and today's as worked out now. */
export function VisitsSoFar({ answers, result, visits }: VisitsSoFarProps) {
  const words = useAnswerWords();
  if (!isCheckIn(answers)) return null;
  const trend = (draft: AnswersDraft) => (draft.trend === undefined ? undefined : answerText(words, 'trend', draft.trend));
  const earlier = visits.slice(0, visitNumber(answers) - 1);
  const entries = [
    ...earlier.map((visit) => ({ date: visit.date, level: visit.level, trend: trend(visit.answers) })),
    { date: calendarDate(new Date()), level: result.disposition, trend: trend(answers) },
  ];
  return <VisitTimeline headingId="timeline-heading" heading="This pain, visit by visit" entries={entries} />;
}
