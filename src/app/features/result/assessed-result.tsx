import { Suspense, use, type ReactNode } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import type { AnswersDraft } from '../../lib/answers-draft';
import type { Assess } from '../../lib/assessment';
import { useAssess, useRules } from '../../lib/assessment-context';
import { Redirect } from '../../lib/navigation';
import { resumeRoute } from '../../lib/questionnaire/flow';
import type { Region } from '../../lib/regions';
import { FallbackResult } from './fallback-result';

type Assessment = Awaited<ReturnType<Assess>>;

interface AssessedResultProps {
  answers: AnswersDraft;
  region: Region;
  /** The page, once there is a result to show: every question answered, or an emergency already. */
  children: (assessment: Assessment) => ReactNode;
}

/**
 * For the pages that show the result: it is worked out from the answers on every visit, never stored
 * beside them, and if that fails the person gets the fail-safe card, never a page without advice.
 */
export function AssessedResult({ answers, region, children }: AssessedResultProps) {
  return (
    <ErrorBoundary key={JSON.stringify(answers)} fallback={<FallbackResult region={region} />}>
      <Suspense fallback={<p>Working out your result…</p>}>
        <ShowWhenDone answers={answers}>{children}</ShowWhenDone>
      </Suspense>
    </ErrorBoundary>
  );
}

function ShowWhenDone({ answers, children }: Pick<AssessedResultProps, 'answers' | 'children'>) {
  const assessment = use(useAssess()(answers));
  const { questionnaire } = use(useRules());
  if (!assessment.complete && !assessment.emergencyNow) return <Redirect to={resumeRoute(questionnaire, answers)} />;
  return children(assessment);
}
