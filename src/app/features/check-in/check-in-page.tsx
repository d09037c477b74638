import { use } from 'react';
import { BackLink } from '../../components/back-link';
import { LinkButton } from '../../components/link-button';
import { dayInWords, VisitTimeline } from '../../components/visit-timeline';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useRules } from '../../lib/assessment-context';
import { calendarDate, daysBetween } from '../../lib/calendar-day';
import { checkInAnswers, type Visit } from '../../lib/check-ins';
import { navigate, Redirect, RESUME, routeHref, START } from '../../lib/navigation';
import { usePageTitle } from '../../lib/page-title';
import { resumeRoute } from '../../lib/questionnaire/flow';
import type { Region } from '../../lib/regions';

interface CheckInPageProps {
  visits: Visit[];
  answers: AnswersDraft;
  onAnswersChange: (answers: AnswersDraft) => void;
  region: Region;
}

const ago = (days: number) => (days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`);

/** "How is it today?": the start of a check-in on a pain kept from an earlier visit. */
export function CheckInPage({ visits, answers, onAnswersChange, region }: CheckInPageProps) {
  const { questionnaire } = use(useRules());
  usePageTitle('How is it today?');
  const last = visits.at(-1);
  if (!last) return <Redirect to={START} />;

  const today = calendarDate(new Date());
  const inProgress = answers.visit === visits.length + 1;
  const start = () => {
    const draft = checkInAnswers(questionnaire, visits, today);
    onAnswersChange(draft);
    navigate(resumeRoute(questionnaire, draft));
  };

  return (
    <>
      <BackLink href={routeHref(START)} />
      <h1 tabIndex={-1}>How is it today?</h1>
      <p className="lede">
        You last checked this pain {ago(daysBetween(last.date, today))}, on {dayInWords(last.date)}.
      </p>
      <p>
        The check-in asks the warning signs again, how the pain started, where it hurts and how it is going. Your other answers
        are kept from last time. We compare them with how delayed soreness or a strained muscle should settle, and tell you if it
        needs a doctor.
      </p>
      <div className="warning-callout">
        <p>
          If you have a new sudden, severe or tearing pain, chest pain, or you are struggling to breathe, do not wait for the
          check-in: call {region.emergencyNumber.display} now.
        </p>
      </div>
      <VisitTimeline headingId="visits-heading" heading="Your visits so far" entries={visits} />
      {inProgress ? (
        <LinkButton href={routeHref(RESUME)}>Continue your check-in</LinkButton>
      ) : (
        <button className="button" type="button" onClick={start}>
          Start the check-in
        </button>
      )}
    </>
  );
}
