import type { Disposition } from '../../triage';

/** The level in a few words, for the clinician's summary. */
export const LEVEL_WORDS: Record<Disposition, string> = {
  emergency: 'Emergency: call the emergency number now',
  urgent: 'Urgent: medical help today',
  doctor: 'See a doctor or physiotherapist in the next few days',
  self_care: 'Self-care at home, with safety-net advice',
};
