import { DISPOSITIONS, type Disposition } from './contract';

/** 3 = emergency … 0 = self-care. */
export const urgency = (level: Disposition) => DISPOSITIONS.length - 1 - DISPOSITIONS.indexOf(level);

export const mostUrgent = (levels: Iterable<Disposition>): Disposition => {
  let best: Disposition = 'self_care';
  for (const level of levels) if (urgency(level) > urgency(best)) best = level;
  return best;
};

/**
 * The level a rule calls for when it fired only because a red-flag question was answered "not sure":
 * the rule's own `levelWhenNotSure` where it sets one (the loader keeps it between self-care and
 * the rule's level), otherwise one level below what "yes" gives, and never self-care (the contract:
 * "unsure" is never "no").
 */
export const levelWhenNotSure = (level: Disposition, ruleSays?: Disposition): Disposition => {
  if (ruleSays) return ruleSays;
  if (level === 'emergency') return 'urgent';
  if (level === 'urgent') return 'doctor';
  return level;
};
