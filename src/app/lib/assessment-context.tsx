import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { CATALOGUE_FILE, createTriage, loadRuleSet, RULE_FILES, type Triage } from '../../triage';
import { createAssess, type Assess } from './assessment';

/** The same engine and rules as the command line. */
export const loadShippedTriage = (): Triage => createTriage(loadRuleSet(RULE_FILES, CATALOGUE_FILE));

const AssessContext = createContext<Assess | null>(null);

export function AssessmentProvider({ loadTriage, children }: { loadTriage: () => Triage; children: ReactNode }) {
  const assess = useMemo(() => createAssess(loadTriage), [loadTriage]);
  return <AssessContext value={assess}>{children}</AssessContext>;
}

export function useAssess(): Assess {
  const assess = useContext(AssessContext);
  if (!assess) throw new Error('useAssess needs an AssessmentProvider');
  return assess;
}
