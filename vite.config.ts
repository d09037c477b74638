import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { checkedRules } from './vite-plugins/checked-rules.js';
import { contentSecurityPolicyInBuildOnly } from './vite-plugins/content-security-policy-in-build-only.js';
import { precacheServiceWorker } from './vite-plugins/precache-service-worker.js';

export default defineConfig({
  plugins: [react(), checkedRules(), contentSecurityPolicyInBuildOnly(), precacheServiceWorker()],
  // One chunk and no modulepreload links: the polyfill for them would be dead weight.
  build: { modulePreload: false },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
