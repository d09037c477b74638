import { Suspense, use } from 'react';
import { BackLink } from '../../components/back-link';
import { ErrorBoundary } from '../../components/error-boundary';
import type { AnswersDraft } from '../../lib/answers-draft';
import { useAssess } from '../../lib/assessment-context';
import { RESULT, routeHref } from '../../lib/navigation';

/** "Back to your result", when the answers give one: every question answered, or an emergency already. */
export function BackToResult({ answers }: { answers: AnswersDraft }) {
  // If the answers cannot be assessed, the rules are still worth reading: no link rather than an error.
  return (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <LinkWhenThereIsAResult answers={answers} />
      </Suspense>
    </ErrorBoundary>
  );
}

function LinkWhenThereIsAResult({ answers }: { answers: AnswersDraft }) {
  const { complete, emergencyNow } = use(useAssess()(answers));
  return complete || emergencyNow ? <BackLink href={routeHref(RESULT)}>Back to your result</BackLink> : null;
}
