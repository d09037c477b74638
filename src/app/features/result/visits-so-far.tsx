import { isCheckIn, type TriageResult } from '../../../triage';
import { VisitTimeline } from '../../components/visit-timeline';
import type { AnswersDraft } from '../../lib/answers-draft';
import { calendarDate } from '../../lib/calendar-day';
import { earlierVisits, type Visit } from '../../lib/check-ins';

interface VisitsSoFarProps {
  answers: AnswersDraft;
  result: TriageResult;
  visits: Visit[];
}

/** At a check-in: every visit for this pain, the earlier ones as kept and today's as worked out now. */
export function VisitsSoFar({ answers, result, visits }: VisitsSoFarProps) {
  if (!isCheckIn(answers)) return null;
  const today = { date: calendarDate(new Date()), level: result.disposition, answers };
  return (
    <VisitTimeline
      headingId="timeline-heading"
      heading="This pain, visit by visit"
      entries={[...earlierVisits(visits, answers), today]}
    />
  );
}
