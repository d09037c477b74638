import type { Plugin } from 'vite';

/**
 * Removes index.html's Content-Security-Policy on the dev server only: React Fast Refresh and CSS hot
 * reloading work through inline scripts and styles, which the policy rightly forbids in the build.
 */
export const contentSecurityPolicyInBuildOnly = (): Plugin => ({
  name: 'content-security-policy-in-build-only',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
});
