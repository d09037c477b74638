import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openWatchedPage } from './support/chromium';

const projectRoot = new URL('../..', import.meta.url).pathname;
let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  server = await createServer({ root: projectRoot, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the dev server runs the app, which the build-only Content-Security-Policy would block, and serves the rules, with no console error', async () => {
  const origin = server.resolvedUrls?.local[0];
  if (!origin) throw new Error('the dev server did not report its address');
  const watched = await openWatchedPage(browser, new URL(origin).origin);
  try {
    await watched.page.getByRole('link', { name: 'Start now' }).waitFor();
    await watched.page.getByRole('link', { name: 'How this tool decides' }).click();
    await watched.page.getByText(/^Rules version \d+\.\d+\.\d+, fingerprint [0-9a-f]{8}\.$/).waitFor();
    expect(watched.problems).toEqual([]);
  } finally {
    await watched.close();
  }
});
