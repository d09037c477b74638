/**
 * Small stand-ins for four of json-rules-engine's dependencies, used in the browser bundle only
 * (vite.config.ts): each file says why it is sound for the way json-rules-engine uses the package.
 * The command line and the Node tests run the real packages; tests/shipped-core.test.ts runs every
 * vignette through the core built with these, and tests/engine-stand-ins.test.ts holds each one to
 * the real package's behaviour.
 */
import { fileURLToPath } from 'node:url';

/** The json-rules-engine release whose calls into these packages the stand-ins were checked against. */
export const CHECKED_WITH_JSON_RULES_ENGINE = '7.3.1';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export const ENGINE_STAND_INS = {
  'jsonpath-plus': here('./json-path-unsupported.ts'),
  eventemitter2: here('./event-emitter.ts'),
  clone: here('./deep-copy.ts'),
  'hash-it': here('./hash.ts'),
};
