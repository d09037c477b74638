import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTriage, shippedRuleSet, type Triage } from '../../triage';
import { createAssess, type Assess } from './assessment';

/** The same engine and rules as the command line. */
export const loadShippedTriage = (): Triage => createTriage(shippedRuleSet());

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
