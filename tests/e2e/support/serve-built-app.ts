import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

const projectRoot = join(import.meta.dirname, '..', '..', '..');

export interface ServedApp {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

export interface BuiltApp {
  outDir: string;
  remove: () => Promise<void>;
}

/**
 * Builds the app for production into a temporary folder. A `deploy` label, put at the top of every
 * chunk, makes a build whose files all differ from the last one's: a later deploy of the app.
 */
export async function buildApp({ deploy }: { deploy?: string } = {}): Promise<BuiltApp> {
  const outDir = await mkdtemp(join(tmpdir(), 'upper-back-triage-e2e-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: projectRoot,
      configLoader: 'runner',
      mode: 'production',
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        ...(deploy && { rolldownOptions: { output: { postBanner: `/* deploy ${deploy} */` } } }),
      },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}

/**
 * Serves a built app on a free port of 127.0.0.1 (a secure context, so service workers run in every
 * engine). Closing stops the server and drops its open connections, so nothing reaches it afterwards.
 */
export async function serveBuild(outDir: string): Promise<ServedApp> {
  const server = await preview({
    root: projectRoot,
    // As npm test loads it: Vite's module runner, which has no warnings about the config's imports.
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error('vite preview did not report its address');
  return { origin: new URL(local).origin, close: () => server.close() };
}

/** Builds the app for production into a temporary folder and serves it on a free local port. */
export async function serveBuiltApp(): Promise<ServedApp> {
  const built = await buildApp();
  const served = await serveBuild(built.outDir);
  return {
    origin: served.origin,
    close: async () => {
      await served.close();
      await built.remove();
    },
  };
}
