import {
  answersInScope,
  enabledPages,
  REQUIRED_FIELDS,
  answersSchema,
  type AnswerField,
  type Answers,
  type Finding,
  type Questionnaire,
  type QuestionnairePage,
  type RuleSet,
  type Triage,
  type TriageResult,
} from '../../triage';
import { isAnswered, type AnswersDraft } from './answers-draft';
import { isComplete } from './questionnaire/flow';
import { readableWithoutSuspending } from './readable-promise';

/**
 * Stand-ins for required questions not yet answered, so that the engine can run part-way through.
 * Each is the answer least likely to raise the level; findings that lean on them are not trusted.
 */
export const STAND_IN_ANSWERS: Partial<Answers> = {
  chestPain: false,
  sweatingOrNausea: false,
  tearingPain: false,
  fainted: false,
  coughingBlood: false,
  legWeaknessOrNumbness: false,
  bladderBowelChange: false,
  darkUrine: false,
  muscleSwelling: false,
  fever: false,
  weightLoss: false,
  trauma: false,
  painOnDeepBreath: false,
  breathless: 'none',
  radiation: [],
  armNumbness: false,
  armWeakness: false,
  location: ['lower_back'],
  severity: 0,
  onset: 'days_after',
  painDays: 0,
  age: 12,
};

interface Assessment {
  /** Every required question is answered: the result is final. */
  complete: boolean;
  /** The answers so far already call for an emergency: stop asking. */
  emergencyNow: boolean;
  /** Built only on what the person said (stand-in answers leave no trace). */
  result: TriageResult;
}

/** A question on a page the person has not reached: nothing on it or after it is answered yet. */
function stillToCome(pages: QuestionnairePage[], draft: AnswersDraft, field: AnswerField): boolean {
  const at = pages.findIndex((page) => page.items.some((item) => item.field === field));
  return at !== -1 && pages.slice(at).every((page) => page.items.every((item) => !isAnswered(draft, item.field)));
}

const leansOnlyOnAnswers = (guessed: AnswerField[]) => (finding: { because: Finding['because'] }) =>
  finding.because.every((because) => !guessed.includes(because.field));

async function assess(draft: AnswersDraft, questionnaire: Questionnaire, triage: Triage): Promise<Assessment> {
  const guessed = REQUIRED_FIELDS.filter((field) => !isAnswered(draft, field));
  const standIns = Object.fromEntries(guessed.map((field) => [field, STAND_IN_ANSWERS[field]]));
  // The command line's plain-words account of a breach is not needed here: any breach fails safe.
  const check = answersSchema.safeParse({ ...standIns, ...draft });
  if (!check.success)
    throw new Error(`the answers broke the contract at ${check.error.issues.map((i) => i.path.join('.')).join(', ')}`);

  const result = await triage(check.data);
  const trusted = leansOnlyOnAnswers(guessed);
  const pages = enabledPages(questionnaire, draft);
  return {
    complete: isComplete(questionnaire, draft),
    // Not on a question still to come: the follow-ups of a chest pain are on the next page, and may show a sore muscle.
    emergencyNow: result.reasons.some(
      (finding) =>
        finding.level === 'emergency' &&
        trusted(finding) &&
        !finding.unanswered.some((field) => stillToCome(pages, draft, field)),
    ),
    result: { ...result, causes: result.causes.filter(trusted), reasons: result.reasons.filter(trusted) },
  };
}

export type Assess = (draft: AnswersDraft) => Promise<Assessment>;

/**
 * Runs the engine on the answers that count (those to questions still asked), once per distinct
 * set of answers, so that a page can
 * read the same promise on every render (React's `use`). If the rules failed to load, every
 * assessment rejects and the page shows the fail-safe card.
 */
export function createAssess(rules: Promise<RuleSet>): Assess {
  // The engine (the compact evaluator and the rules' reading of its results) is a chunk of its own,
  // fetched with the rules: the first question is usable before it arrives. If it cannot load,
  // every assessment rejects and the page shows the fail-safe card, as for rules that fail.
  let triage: Promise<Triage> | undefined;
  const engine = (ruleSet: RuleSet) =>
    (triage ??= import('../../triage/browser-triage').then(({ createBrowserTriage }) => createBrowserTriage(ruleSet)));
  const cache = new Map<string, Promise<Assessment>>();
  return (draft) => {
    const key = JSON.stringify(draft);
    let assessment = cache.get(key);
    if (!assessment) {
      assessment = readableWithoutSuspending(
        rules.then(async (ruleSet) =>
          assess(answersInScope(ruleSet.questionnaire, draft), ruleSet.questionnaire, await engine(ruleSet)),
        ),
      );
      cache.set(key, assessment);
    }
    return assessment;
  };
}
