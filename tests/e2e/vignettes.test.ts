import { describe, expect, it } from 'vitest';
import { triageAnswers } from '../helpers/triage';
import { vignetteFiles } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { axeViolations } from './support/axe';
import { printedPageCount } from './support/pdf-pages';
import { useBuiltAppInChromium } from './support/built-app';

const vignettes = vignetteFiles()['public.json'] ?? [];
/** The presentations a person, phone triage or a paramedic may take for a strain, and the questions added to catch them. */
const MIMICS = [
  'hsib-sudden-severe-lifting',
  'hsib-sudden-severe-tearing-unsure',
  'sudden-severe-with-pop-and-one-spot',
  'marfan-sudden-mild-pain',
  'angina-pattern',
  'calf-swollen-breathing-pain',
  'sudden-severe-at-worst-not-sure',
];
const mimics = (vignetteFiles()['rules.json'] ?? []).filter((v) => MIMICS.includes(v.id));
const built = useBuiltAppInChromium();
const MEDIAN_SCREENS = 12;
const MOST_SCREENS = 16;
const screens = new Map<string, { screens: number; emergency: boolean }>();

/**
 * The walks in this file wait on the browser far more than they work, so a few run side by side, each in its
 * own page (its own storage) of the one Chromium: the blind walks took about 6 minutes one at a time.
 */
describe.concurrent('every public vignette, answered through the page in Chromium', () => {
  it('has vignettes to answer', () => {
    expect(vignettes.length).toBeGreaterThan(0);
  });

  it.for(vignettes.map((v) => [v.id, v] as const))(
    '%s reaches its expected level',
    { timeout: 180_000 },
    async ([, vignette], { expect }) => {
      const watched = await built.openPage();
      try {
        const { page } = watched;
        const seen: string[] = [];
        const level = await answerThroughPage(page, vignette.answers, {
          onPage: (_page, hash) => Promise.resolve(void seen.push(hash)),
        });
        expect(level).toBe(vignette.expect.disposition);
        // Every page after the start page, up to and including the result.
        screens.set(vignette.id, { screens: seen.length - 1, emergency: level === 'emergency' });
        expect(seen.length - 1).toBeLessThanOrEqual(MOST_SCREENS);
        expect(await axeViolations(page)).toEqual([]);

        await page.reload();
        const card = page.locator('main [data-disposition]');
        await card.waitFor();
        expect(await card.getAttribute('data-disposition')).toBe(vignette.expect.disposition);

        await page.getByRole('link', { name: 'Summary for a doctor or nurse' }).click();
        await page.getByRole('heading', { level: 1, name: 'Summary for a doctor or nurse' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(await printedPageCount(page)).toBe(1);

        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );
});

describe('the number of screens', () => {
  it(`is a median of at most ${MEDIAN_SCREENS} across the public vignettes, emergency stops aside`, () => {
    const walked = [...screens.values()].filter((s) => !s.emergency).map((s) => s.screens);
    expect(walked.length).toBeGreaterThan(5);
    const sorted = walked.sort((a, b) => a - b);
    expect(sorted[Math.floor((sorted.length - 1) / 2)]).toBeLessThanOrEqual(MEDIAN_SCREENS);
  });
});

describe.concurrent('the mimics of a strain, answered through the page in Chromium', () => {
  it('has every mimic to answer', () => {
    expect(mimics.map((v) => v.id).sort()).toEqual([...MIMICS].sort());
  });

  it.for(mimics.map((v) => [v.id, v] as const))(
    '%s reaches the level the command line gives',
    { timeout: 180_000 },
    async ([, vignette], { expect }) => {
      const watched = await built.openPage();
      try {
        expect(await answerThroughPage(watched.page, vignette.answers)).toBe(vignette.expect.disposition);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );
});

/**
 * Written blind by reviewers who never saw the rules: the widest set of answers a person might give
 * (guidance-4), the chest follow-ups answered literally (guidance-5 and 6), and the reworded questions (guidance-7).
 */
const blind = ['guidance-4.json', 'guidance-5.json', 'guidance-6.json', 'guidance-7.json'].flatMap(
  (file) => vignetteFiles()[file] ?? [],
);

describe.concurrent('the blind vignettes, answered through the page in Chromium', () => {
  it('has vignettes to answer', () => {
    expect(blind.length).toBeGreaterThan(20);
  });

  it.for(blind.map((v) => [v.id, v] as const))(
    '%s reaches the level the command line gives, never lower',
    { timeout: 180_000 },
    async ([, vignette], { expect }) => {
      const watched = await built.openPage();
      try {
        // The page insists on the two answers the contract lets default (a blank is not a "no"); a
        // person ticks what the command line reads when they are left out.
        const answers = { rash: false, history: [], ...vignette.answers };
        const { disposition } = await triageAnswers(vignette.answers);
        expect(await answerThroughPage(watched.page, answers)).toBe(disposition);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );
});
