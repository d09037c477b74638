import type { AnswersDraft } from './lib/answers-draft';
import { Redirect, routeHref, type Route } from './lib/navigation';
import { canOpen, isComplete, questionFor, resumeRoute } from './lib/questionnaire/flow';
import type { Region, RegionId } from './lib/regions';
import { CheckAnswersPage } from './features/check-answers/check-answers-page';
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
      return isComplete(answers) ? <CheckAnswersPage answers={answers} /> : <Redirect to={resumeRoute(answers)} />;
    case 'result':
      return <ResultPage answers={answers} region={region} onStartAgain={onStartAgain} />;
    case 'rules':
      return <RulebookPage highlight={route.rule} />;
  }
}
