import { describe, expect, it } from 'vitest';
import { vignetteFiles } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { axeViolations } from './support/axe';
import { printedPageCount } from './support/pdf-pages';
import { useBuiltAppInChromium } from './support/built-app';

const vignettes = vignetteFiles()['public.json'] ?? [];
const built = useBuiltAppInChromium();

describe('every public vignette, answered through the page in Chromium', () => {
  it('has vignettes to answer', () => {
    expect(vignettes.length).toBeGreaterThan(0);
  });

  it.each(vignettes.map((v) => [v.id, v] as const))(
    '%s reaches its expected level',
    async (_id, vignette) => {
      const watched = await built.openPage();
      try {
        const { page } = watched;
        expect(await answerThroughPage(page, vignette.answers)).toBe(vignette.expect.disposition);
        expect(await axeViolations(page)).toEqual([]);
        expect(await printedPageCount(page)).toBe(1);

        await page.reload();
        const card = page.locator('main [data-disposition]');
        await card.waitFor();
        expect(await card.getAttribute('data-disposition')).toBe(vignette.expect.disposition);

        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
    180_000,
  );
});
