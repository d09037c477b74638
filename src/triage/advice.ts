import type { AdviceItem, Catalogue } from './catalogue-schema';
import type { CauseId, Disposition } from './contract';
import type { Source } from './rule-schema';

export interface Advice {
  /** Self-care steps, for self-care and see-a-doctor results (self-care meanwhile). */
  plan: (AdviceItem & { id: string })[];
  /** "Get help at once if …" */
  safetyNet: { text: string; source: Source }[];
  /** When to check again if it has not settled; only for self-care. */
  checkAgainInDays: number | null;
}

const selfCareLevels: Disposition[] = ['self_care', 'doctor'];

/** Picks the advice for a result from the catalogue: the rules point at it, no text lives in code. */
export function adviceFor(disposition: Disposition, causes: CauseId[], catalogue: Catalogue): Advice {
  const likely = causes.filter((id) => catalogue.causes[id].kind === 'likely');
  const withheld = (item: AdviceItem) => item.withheldWith?.some((id) => causes.includes(id)) ?? false;

  const ids = likely.length > 0 ? likely.flatMap((id) => catalogue.causes[id].plan) : catalogue.general;
  const plan = selfCareLevels.includes(disposition)
    ? [...new Set(ids)].map((id) => ({ id, ...catalogue.items[id]! })).filter((item) => !withheld(item))
    : [];

  const days = likely.map((id) => catalogue.causes[id].checkAgainInDays).filter((d): d is number => d !== undefined);
  return {
    plan,
    safetyNet: disposition === 'emergency' ? [] : catalogue.safetyNet,
    checkAgainInDays: disposition === 'self_care' && days.length > 0 ? Math.min(...days) : null,
  };
}
