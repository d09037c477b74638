import { use, useEffect } from 'react';
import { answersInScope, type TriageResult } from '../../../triage';
import { BackLink } from '../../components/back-link';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useRules } from '../../lib/assessment-context';
import { CHECK, questionsPage, routeHref, START, SUMMARY } from '../../lib/navigation';
import { focusPageHeading } from '../../lib/page-focus';
import { usePageTitle } from '../../lib/page-title';
import { lastAnsweredPage } from '../../lib/questionnaire/flow';
import type { Region } from '../../lib/regions';
import { AssessedResult } from './assessed-result';
import { CausesList } from './causes-list';
import { CheckAgain } from './check-again';
import { CheckInTomorrow } from './check-in-tomorrow';
import { VisitsSoFar } from './visits-so-far';
import { WhyThisLevel } from './why-this-level';
import { earlierVisits, type Visit } from '../../lib/check-ins';
import { HandOver } from './hand-over';
import { IfYouDoHave } from './if-you-do-have';
import { ResultCareCard } from './result-care-card';
import { SafetyNet } from './safety-net';
import { SelfCarePlan } from './self-care-plan';
import { usePainted } from './use-painted';

interface ResultPageProps {
  answers: AnswersDraft;
  region: Region;
  onStartAgain: () => void;
  visits: Visit[];
  visitsInTabOnly: boolean;
  onKeepVisit: (visit: Visit) => void;
}

export function ResultPage(props: ResultPageProps) {
  return (
    <AssessedResult answers={props.answers} region={props.region}>
      {({ complete, result }) => <Result {...props} complete={complete} result={result} />}
    </AssessedResult>
  );
}

interface ResultProps extends ResultPageProps {
  complete: boolean;
  result: TriageResult;
}

/** What to do and when to get help come first; then why, the self-care steps and when to check again. */
function Result({ answers, complete, result, region, onStartAgain, visits, visitsInTabOnly, onKeepVisit }: ResultProps) {
  const { questionnaire } = use(useRules());
  useEffect(focusPageHeading, []);
  usePageTitle('Your result');
  const painted = usePainted();
  const inScope = answersInScope(questionnaire, answers);

  const interruptedAt = complete ? undefined : lastAnsweredPage(questionnaire, answers);
  const back = complete ? CHECK : interruptedAt ? questionsPage(interruptedAt.id) : START;

  // The first frame carries the answer alone, the care card and its call to action; the rest
  // follows in the next. Laying out the whole page first would hold the care card back by tens of
  // milliseconds on a slow phone, and even the first cause alone by about a quarter.
  return (
    <>
      <BackLink href={routeHref(back)} />
      <ResultCareCard disposition={result.disposition} region={region} />
      {painted && (
        <>
          <IfYouDoHave ifYes={result.ifYes} region={region} />
          <WhyThisLevel result={result} />
          <SafetyNet items={result.advice.safetyNet} region={region} />
          <CausesList causes={result.causes} />
          <SelfCarePlan plan={result.advice.plan} />
          <CheckAgain days={result.advice.checkAgainInDays} clinician={region.clinician} />
          <VisitsSoFar answers={answers} result={result} visits={visits} />
          <p className="result-next no-print">
            <a href={routeHref(SUMMARY)}>Summary for a doctor or nurse</a>, to show or print when you get help.
          </p>
          {complete && (
            <CheckInTomorrow
              answers={inScope}
              result={result}
              visits={visits}
              inTabOnly={visitsInTabOnly}
              region={region}
              onKeep={onKeepVisit}
            />
          )}
          <HandOver answers={inScope} result={result} earlier={earlierVisits(visits, answers)} region={region.id} />
          <div className="button-group no-print">
            <button className="button button--secondary" type="button" onClick={onStartAgain}>
              Start again
            </button>
          </div>
        </>
      )}
    </>
  );
}
