import { use, useEffect } from 'react';
import { answersInScope, type TriageResult } from '../../../triage';
import { BackLink } from '../../components/back-link';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useRules } from '../../lib/assessment-context';
import { RESULT, routeHref } from '../../lib/navigation';
import { focusPageHeading } from '../../lib/page-focus';
import { usePageTitle } from '../../lib/page-title';
import type { Region } from '../../lib/regions';
import { AssessedResult } from './assessed-result';
import { ClinicianSummary } from './clinician-summary';
import { VisitsSoFar } from './visits-so-far';
import type { Visit } from '../../lib/check-ins';

const HEADING = 'Summary for a doctor or nurse';

/** The result and the answers for a clinician, on a page of their own, to show or print. */
export function SummaryPage({ answers, region, visits }: { answers: AnswersDraft; region: Region; visits: Visit[] }) {
  return (
    <AssessedResult answers={answers} region={region}>
      {({ result }) => <Summary answers={answers} result={result} visits={visits} />}
    </AssessedResult>
  );
}

function Summary({ answers, result, visits }: { answers: AnswersDraft; result: TriageResult; visits: Visit[] }) {
  const { questionnaire } = use(useRules());
  useEffect(focusPageHeading, []);
  usePageTitle(HEADING);
  return (
    <>
      <BackLink href={routeHref(RESULT)}>Back to your result</BackLink>
      <h1 tabIndex={-1}>{HEADING}</h1>
      <div className="button-group no-print">
        <button className="button button--secondary" type="button" onClick={() => window.print()}>
          Print this summary
        </button>
      </div>
      <ClinicianSummary answers={answersInScope(questionnaire, answers)} result={result} />
      <VisitsSoFar answers={answers} result={result} visits={visits} />
    </>
  );
}
