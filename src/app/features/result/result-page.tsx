import { Suspense, use, useEffect } from 'react';
import { BackLink } from '../../components/back-link';
import { ErrorBoundary } from '../../components/error-boundary';
import type { AnswersDraft } from '../../lib/answers-draft';
import { answersInScope } from '../../../triage';
import { useAssess, useRules } from '../../lib/assessment-context';
import { CHECK, questionsPage, Redirect, routeHref, START } from '../../lib/navigation';
import { focusPageHeading } from '../../lib/page-focus';
import { usePageTitle } from '../../lib/page-title';
import { lastAnsweredPage, resumeRoute } from '../../lib/questionnaire/flow';
import type { Region } from '../../lib/regions';
import { CausesList } from './causes-list';
import { ClinicianSummary } from './clinician-summary';
import { FallbackResult } from './fallback-result';
import { IfYouDoHave } from './if-you-do-have';
import { ResultCareCard } from './result-care-card';
import { SafetyNet } from './safety-net';
import { SelfCarePlan } from './self-care-plan';
import { usePainted } from './use-painted';

interface ResultPageProps {
  answers: AnswersDraft;
  region: Region;
  onStartAgain: () => void;
}

/** The result is worked out from the answers on every visit, never stored beside them. */
export function ResultPage(props: ResultPageProps) {
  return (
    <ErrorBoundary key={JSON.stringify(props.answers)} fallback={<FallbackResult region={props.region} />}>
      <Suspense fallback={<p>Working out your result…</p>}>
        <Result {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function Result({ answers, region, onStartAgain }: ResultPageProps) {
  const assessment = use(useAssess()(answers));
  const { questionnaire } = use(useRules());
  useEffect(focusPageHeading, []);
  usePageTitle('Your result');
  const painted = usePainted();

  if (!assessment.complete && !assessment.emergencyNow) return <Redirect to={resumeRoute(questionnaire, answers)} />;

  const { result } = assessment;
  const interruptedAt = assessment.complete ? undefined : lastAnsweredPage(questionnaire, answers);
  const back = assessment.complete ? CHECK : interruptedAt ? questionsPage(interruptedAt.id) : START;

  // The first frame carries the answer alone, the care card and its call to action; the explanation
  // follows in the next. Laying out the whole page first would hold the care card back by tens of
  // milliseconds on a slow phone, and even the first cause alone by about a quarter.
  return (
    <>
      <BackLink href={routeHref(back)} />
      <ResultCareCard disposition={result.disposition} region={region} />
      {painted && (
        <>
          <IfYouDoHave ifYes={result.ifYes} region={region} />
          <CausesList causes={result.causes} />
          <SelfCarePlan advice={result.advice} clinician={region.clinician} />
          <SafetyNet items={result.advice.safetyNet} region={region} />
          <ClinicianSummary answers={answersInScope(questionnaire, answers)} result={result} />
          <div className="button-group no-print">
            <button className="button button--secondary" type="button" onClick={() => window.print()}>
              Print the summary
            </button>
            <button className="button button--secondary" type="button" onClick={onStartAgain}>
              Start again
            </button>
          </div>
        </>
      )}
    </>
  );
}
