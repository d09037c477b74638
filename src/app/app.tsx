import { useEffect, useRef, useState } from 'react';
import type { RuleSet } from '../triage';
import { CurrentPage } from './current-page';
import { Layout } from './layout';
import type { AnswersDraft } from './lib/answers-draft';
import { loadAnswers, saveAnswers } from './lib/answers-storage';
import { loadVisits, saveVisits, withVisit, type Visit } from './lib/check-ins';
import { AssessmentProvider } from './lib/assessment-context';
import { navigate, routeHref, START, useRoute, type Route } from './lib/navigation';
import { focusPageHeading } from './lib/page-focus';
import { loadRegion, regionById, saveRegion, type RegionId } from './lib/regions';
import { tabMemory } from './lib/tab-memory';
import { useStorageNotice } from './lib/use-storage-notice';
import { fetchShippedRules } from './lib/shipped-rules';

/**
 * Moves focus to each new page's heading. The result page does so itself once it has worked out the
 * result, and the rules page focuses the rule a link asked for.
 */
function useFocusOnNavigation(route: Route) {
  const href = routeHref(route);
  const firstPage = useRef(href);
  useEffect(() => {
    if (href !== firstPage.current && route.page !== 'result' && route.page !== 'rules') focusPageHeading();
    firstPage.current = '';
  }, [href, route.page]);
}

export function App({ loadRules = fetchShippedRules }: { loadRules?: () => Promise<RuleSet> }) {
  const [saved] = useState(loadAnswers);
  const [answers, setAnswers] = useState<AnswersDraft>(saved.answers);
  const [regionId, setRegionId] = useState<RegionId>(loadRegion);
  const [savedVisits] = useState(loadVisits);
  const [visits, setVisits] = useState<Visit[]>(savedVisits.visits);
  const [visitsInTabOnly, setVisitsInTabOnly] = useState(false);
  const route = useRoute();
  useFocusOnNavigation(route);

  const href = routeHref(route);
  const [storageNotice, tellStorageRefused] = useStorageNotice(href);
  useEffect(() => {
    tabMemory.carryForward();
    if (!saveAnswers(answers)) tellStorageRefused();
  }, [answers, href, tellStorageRefused]);

  const changeRegion = (region: RegionId) => {
    setRegionId(region);
    if (!saveRegion(region)) tellStorageRefused();
  };
  const keepVisit = (visit: Visit) => {
    const kept = withVisit(visits, visit);
    setVisits(kept);
    const stored = saveVisits(kept);
    setVisitsInTabOnly(!stored);
    if (!stored) tellStorageRefused();
  };
  // Erasing the answers erases the check-ins kept with them.
  const startAgain = () => {
    setAnswers({});
    setVisits([]);
    saveVisits([]);
    navigate(START);
  };

  const region = regionById(regionId);
  return (
    <AssessmentProvider loadRules={loadRules}>
      <Layout
        region={region}
        discardedAnswers={
          (saved.discarded && Object.keys(answers).length === 0) || (savedVisits.discarded && visits.length === 0)
        }
        storageRefused={storageNotice}
      >
        <CurrentPage
          route={route}
          answers={answers}
          onAnswersChange={setAnswers}
          region={region}
          onRegionChange={changeRegion}
          onStartAgain={startAgain}
          visits={visits}
          visitsInTabOnly={visitsInTabOnly}
          onKeepVisit={keepVisit}
        />
      </Layout>
    </AssessmentProvider>
  );
}
