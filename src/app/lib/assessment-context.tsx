import { createContext, use, useContext, useMemo, type ReactNode } from 'react';
import type { AnswerWords, RuleSet } from '../../triage';
import { createAssess, type Assess } from './assessment';
import { readableWithoutSuspending } from './readable-promise';

interface Assessment {
  rules: Promise<RuleSet>;
  assess: Assess;
}

const AssessmentContext = createContext<Assessment | null>(null);

/** Starts loading the rules at once, so that they are there by the first answer. */
export function AssessmentProvider({ loadRules, children }: { loadRules: () => Promise<RuleSet>; children: ReactNode }) {
  const value = useMemo(() => {
    const rules = readableWithoutSuspending(loadRules());
    return { rules, assess: createAssess(rules) };
  }, [loadRules]);
  return <AssessmentContext value={value}>{children}</AssessmentContext>;
}

function useAssessment(): Assessment {
  const assessment = useContext(AssessmentContext);
  if (!assessment) throw new Error('the page needs an AssessmentProvider');
  return assessment;
}

export const useAssess = (): Assess => useAssessment().assess;

/** The same rules the assessments use, for a page that shows them (React's `use` reads it). */
export const useRules = (): Promise<RuleSet> => useAssessment().rules;

/** The plain words for the answers, which come with the rules: a page that shows answers reads them here. */
export const useAnswerWords = (): AnswerWords => use(useRules()).answerWords;
