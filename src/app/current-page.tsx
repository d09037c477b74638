import { Activity, Suspense, type ReactNode } from 'react';
import type { AnswersDraft } from './lib/answers-draft';
import { Redirect, routeHref, type Route } from './lib/navigation';
import { canOpen, isComplete, questionFor, resumeRoute } from './lib/questionnaire/flow';
import type { Region, RegionId } from './lib/regions';
import { ErrorBoundary } from './components/error-boundary';
import { CheckAnswersPage } from './features/check-answers/check-answers-page';
import { FallbackResult } from './features/result/fallback-result';
import { QuestionPage } from './features/questionnaire/question-page';
import { ResultPage } from './features/result/result-page';
import { RulebookPage } from './features/rulebook/rulebook-page';
import { StartPage } from './features/start/start-page';

interface CurrentPageProps {
  route: Route;
  answers: AnswersDraft;
  onAnswersChange: (answers: AnswersDraft) => void;
  region: Region;
  onRegionChange: (region: RegionId) => void;
  onStartAgain: () => void;
}

/** The page for the route; a page that cannot be used yet sends the person back to where they were. */
export function CurrentPage({ route, answers, onAnswersChange, region, onRegionChange, onStartAgain }: CurrentPageProps) {
  // While the person checks their answers, React renders their result out of sight when the page is
  // idle, so that "Get my result" only has to show it. Both pages return the same shape, so React keeps
  // the one Activity from the check page to the result and renders nothing twice.
  const resultBehind = (checkPage: ReactNode) => (
    <>
      {checkPage}
      <Activity mode={checkPage ? 'hidden' : 'visible'}>
        <ResultPage answers={answers} region={region} onStartAgain={onStartAgain} />
      </Activity>
    </>
  );

  switch (route.page) {
    case 'start':
      return <StartPage answers={answers} region={region} onRegionChange={onRegionChange} onStartAgain={onStartAgain} />;
    case 'question':
      if (!canOpen(route.field, answers)) return <Redirect to={resumeRoute(answers)} />;
      return (
        <QuestionPage
          key={routeHref(route)}
          question={questionFor(route.field)}
          changing={route.changing}
          answers={answers}
          onAnswersChange={onAnswersChange}
        />
      );
    case 'check':
      if (!isComplete(answers)) return <Redirect to={resumeRoute(answers)} />;
      return resultBehind(
        <ErrorBoundary fallback={<FallbackResult region={region} />}>
          <Suspense fallback={<p>Loading your answers…</p>}>
            <CheckAnswersPage answers={answers} />
          </Suspense>
        </ErrorBoundary>,
      );
    case 'result':
      return resultBehind(null);
    case 'rules':
      return <RulebookPage highlight={route.rule} />;
  }
}
