/**
 * Made by vite-plugins/checked-rules.ts: where the checked rules are served, their fingerprint, the
 * minutes the questionnaire takes, and the regions' numbers (without their sources).
 */
declare module 'virtual:checked-rules' {
  export const rulesUrl: string;
  export const rulesHash: string;
  export const minutesToAnswer: number;
  export const regions: import('./triage').RegionNumbers[];
  /** The catalogue's emergency signs, for the card shown when the rules cannot load. */
  export const failSafeSigns: string[];
}
