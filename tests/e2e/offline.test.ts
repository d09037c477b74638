import { describe, expect, it } from 'vitest';
import { publicVignette } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { useBuiltAppInChromium } from './support/built-app';
import { waitForServiceWorkerControl } from './support/service-worker';

const vignette = publicVignette('fever');
const built = useBuiltAppInChromium();

describe('after one visit', () => {
  it('loads and answers a whole questionnaire with the network off', async () => {
    const watched = await built.openPage();
    try {
      const { page } = watched;
      await waitForServiceWorkerControl(page);

      await page.context().setOffline(true);
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      expect(await answerThroughPage(page, vignette.answers)).toBe(vignette.expect.disposition);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  }, 180_000);

  it('can be installed: Chromium finds nothing missing, and the icon can fill any shape', async () => {
    const watched = await built.openPage();
    try {
      const { page } = watched;
      await waitForServiceWorkerControl(page);
      const cdp = await page.context().newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // Playwright's browser contexts are incognito profiles, in which Chromium never offers to install.
      expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
      const { errors, data } = await cdp.send('Page.getAppManifest');
      expect(errors).toEqual([]);
      const { icons } = JSON.parse(data ?? '{}') as { icons: { purpose?: string }[] };
      expect(icons.map((icon) => icon.purpose)).toContain('maskable');
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.close();
    }
  });
});
