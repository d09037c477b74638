/** Made by vite-plugins/checked-rules.ts: where the checked rules are served, their fingerprint, and the minutes the questionnaire takes. */
declare module 'virtual:checked-rules' {
  export const rulesUrl: string;
  export const rulesHash: string;
  export const minutesToAnswer: number;
}
