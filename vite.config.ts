import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { checkedRules } from './vite-plugins/checked-rules.js';
import { contentSecurityPolicyInBuildOnly } from './vite-plugins/content-security-policy-in-build-only.js';
import { precacheServiceWorker } from './vite-plugins/precache-service-worker.js';

export default defineConfig({
  plugins: [react(), checkedRules(), contentSecurityPolicyInBuildOnly(), precacheServiceWorker()],
  resolve: {
    // Smaller stand-ins for json-rules-engine's dependencies in the bundle (see each file for why it is sound).
    alias: {
      'jsonpath-plus': fileURLToPath(new URL('./src/triage/json-path-unsupported.ts', import.meta.url)),
      eventemitter2: fileURLToPath(new URL('./src/triage/event-emitter-lite.ts', import.meta.url)),
      clone: fileURLToPath(new URL('./src/triage/deep-copy-lite.ts', import.meta.url)),
      'hash-it': fileURLToPath(new URL('./src/triage/hash-lite.ts', import.meta.url)),
    },
  },
  // One chunk and no modulepreload links: the polyfill for them would be dead weight.
  build: { modulePreload: false },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
  },
});
