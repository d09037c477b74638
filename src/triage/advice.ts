import type { AdviceItem, Catalogue, SafetyNetSign } from './catalogue-schema';
import type { Answers, CauseId, Disposition } from './contract';
import { urgency } from './disposition';

interface SafetyNetGroup {
  /** What to do if one of the signs appears. */
  level: Exclude<Disposition, 'self_care'>;
  signs: Omit<SafetyNetSign, 'reportedWhen'>[];
}

export interface Advice {
  /** Self-care steps, for self-care and see-a-doctor results (self-care meanwhile). */
  plan: (AdviceItem & { id: string })[];
  /** "Get help if you get …", by what to do: only levels above the result, only signs not already reported. */
  safetyNet: SafetyNetGroup[];
  /** When to check again if it has not settled; only for self-care. */
  checkAgainInDays: number | null;
}

const selfCareLevels: Disposition[] = ['self_care', 'doctor'];

/** Whether the person has already told us of this sign: then it is a reason for the result, not a warning for later. */
function alreadyReported(sign: SafetyNetSign, answers: Answers): boolean {
  return (sign.reportedWhen ?? []).some(({ field, values }) => {
    const answer = answers[field];
    return Array.isArray(answer) ? answer.some((a) => values.includes(a)) : values.includes(answer as string | boolean);
  });
}

function safetyNetFor(disposition: Disposition, answers: Answers, catalogue: Catalogue): SafetyNetGroup[] {
  return catalogue.safetyNet
    .filter((group) => urgency(group.level) > urgency(disposition))
    .map((group) => ({
      level: group.level,
      signs: group.signs.filter((sign) => !alreadyReported(sign, answers)).map(({ text, source }) => ({ text, source })),
    }))
    .filter((group) => group.signs.length > 0);
}

/** Picks the advice for a result from the catalogue: the rules point at it, no text lives in code. */
export function adviceFor(disposition: Disposition, causes: CauseId[], answers: Answers, catalogue: Catalogue): Advice {
  const likely = causes.filter((id) => catalogue.causes[id].kind === 'likely');
  const withheld = (item: AdviceItem) => item.withheldWith?.some((id) => causes.includes(id)) ?? false;

  const ids = likely.length > 0 ? likely.flatMap((id) => catalogue.causes[id].plan) : catalogue.general;
  const plan = selfCareLevels.includes(disposition)
    ? [...new Set(ids)].map((id) => ({ id, ...catalogue.items[id]! })).filter((item) => !withheld(item))
    : [];

  const days = likely.map((id) => catalogue.causes[id].checkAgainInDays).filter((d): d is number => d !== undefined);
  return {
    plan,
    safetyNet: safetyNetFor(disposition, answers, catalogue),
    checkAgainInDays: disposition === 'self_care' && days.length > 0 ? Math.min(...days) : null,
  };
}
