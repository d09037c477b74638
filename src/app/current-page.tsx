import { Activity, lazy, Suspense, use, type ReactNode } from 'react';
import type { AnswersDraft } from './lib/answers-draft';
import { Redirect, routeHref, type Route } from './lib/navigation';
import { useRules } from './lib/assessment-context';
import { canOpen, isComplete, pageById, resumeRoute } from './lib/questionnaire/flow';
import type { Region, RegionId } from './lib/regions';
import type { Visit } from './lib/check-ins';
import { ErrorBoundary } from './components/error-boundary';
import { CheckAnswersPage } from './features/check-answers/check-answers-page';
import { CheckInPage } from './features/check-in/check-in-page';
import { FallbackResult } from './features/result/fallback-result';
import { QuestionsPage } from './features/questionnaire/questions-page';
import { ResultPage } from './features/result/result-page';
import { OpenLinkPage } from './features/open-link/open-link-page';
import { StartPage } from './features/start/start-page';

// Pages a person reaches from the result, loaded when opened, so that the JavaScript before the
// first question stays within its budget (scripts/size.ts). A link from another device opens its
// own page first, so that one stays in the first chunk.
const SummaryPage = lazy(() => import('./features/result/summary-page').then((m) => ({ default: m.SummaryPage })));
const RulebookPage = lazy(() => import('./features/rulebook/rulebook-page').then((m) => ({ default: m.RulebookPage })));

interface CurrentPageProps {
  route: Route;
  answers: AnswersDraft;
  onAnswersChange: (answers: AnswersDraft) => void;
  region: Region;
  onRegionChange: (region: RegionId) => void;
  onStartAgain: () => void;
  /** The earlier visits for the same pain, kept for a check-in. */
  visits: Visit[];
  /** The browser would not store the check-in: it lasts as long as this tab. */
  visitsInTabOnly: boolean;
  onKeepVisit: (visit: Visit) => void;
}

type QuestionnaireRoute = Extract<Route, { page: 'resume' | 'questions' | 'check' | 'check-in' | 'result' }>;

interface QuestionnairePagesProps {
  route: QuestionnaireRoute;
  answers: AnswersDraft;
  onAnswersChange: (answers: AnswersDraft) => void;
  resultBehind: (checkPage: ReactNode) => ReactNode;
  checkIn: ReactNode;
}

/**
 * The pages that need the questionnaire, which comes with the rules (it suspends until they are
 * there). The result is here too, so that it keeps its place in the tree from the check page.
 */
function QuestionnairePages({ route, answers, onAnswersChange, resultBehind, checkIn }: QuestionnairePagesProps) {
  const { questionnaire } = use(useRules());
  const resume = <Redirect to={resumeRoute(questionnaire, answers)} />;
  switch (route.page) {
    case 'resume':
      return resume;
    case 'questions': {
      const page = pageById(questionnaire, route.id);
      if (!page || !canOpen(questionnaire, route.id, answers)) return resume;
      return (
        <QuestionsPage
          key={routeHref(route)}
          questionnaire={questionnaire}
          page={page}
          changing={route.changing}
          answers={answers}
          onAnswersChange={onAnswersChange}
        />
      );
    }
    case 'check':
      if (!isComplete(questionnaire, answers)) return resume;
      return resultBehind(<CheckAnswersPage questionnaire={questionnaire} answers={answers} />);
    case 'result':
      return resultBehind(null);
    case 'check-in':
      return checkIn;
  }
}

/** The page for the route; a page that cannot be used yet sends the person back to where they were. */
export function CurrentPage(props: CurrentPageProps) {
  const { route, answers, onAnswersChange, region, onRegionChange, onStartAgain, visits, visitsInTabOnly, onKeepVisit } = props;
  // While the person checks their answers, React renders their result out of sight when the page is
  // idle, so that "Get my result" only has to show it. Both pages return the same shape, so React keeps
  // the one Activity from the check page to the result and renders nothing twice.
  const resultBehind = (checkPage: ReactNode) => (
    <>
      {checkPage}
      <Activity mode={checkPage ? 'hidden' : 'visible'}>
        <ResultPage
          answers={answers}
          region={region}
          onStartAgain={onStartAgain}
          visits={visits}
          visitsInTabOnly={visitsInTabOnly}
          onKeepVisit={onKeepVisit}
        />
      </Activity>
    </>
  );

  switch (route.page) {
    case 'start':
      return (
        <StartPage
          answers={answers}
          visits={visits}
          region={region}
          onRegionChange={onRegionChange}
          onStartAgain={onStartAgain}
        />
      );
    case 'resume':
    case 'questions':
    case 'check':
    case 'check-in':
    case 'result':
      return (
        <ErrorBoundary fallback={<FallbackResult region={region} />}>
          <Suspense fallback={<p>Loading the questions…</p>}>
            <QuestionnairePages
              route={route}
              answers={answers}
              onAnswersChange={onAnswersChange}
              resultBehind={resultBehind}
              checkIn={<CheckInPage visits={visits} answers={answers} onAnswersChange={onAnswersChange} region={region} />}
            />
          </Suspense>
        </ErrorBoundary>
      );
    case 'summary':
    case 'rules':
      // A page that cannot load fails as the engine does: towards care, with the emergency signs.
      return (
        <ErrorBoundary fallback={<FallbackResult region={region} />}>
          <Suspense fallback={<p>Loading…</p>}>
            {route.page === 'summary' ? (
              <SummaryPage answers={answers} region={region} visits={visits} />
            ) : (
              <RulebookPage highlight={route.rules} answers={answers} />
            )}
          </Suspense>
        </ErrorBoundary>
      );
    case 'open':
      return <OpenLinkPage payload={route.payload} onAnswersChange={onAnswersChange} />;
  }
}
