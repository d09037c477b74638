/** Made by vite-plugins/checked-rules.ts: where the checked rules are served, and their fingerprint. */
declare module 'virtual:checked-rules' {
  export const rulesUrl: string;
  export const rulesHash: string;
}
