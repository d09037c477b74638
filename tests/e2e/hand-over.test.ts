import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFhirValidator, type FhirValidator } from '../helpers/fhir-validator';
import { publicVignette } from '../helpers/vignettes';
import { answerThroughPage } from './support/answer-through-page';
import { useBuiltAppInChromium } from './support/built-app';

const built = useBuiltAppInChromium();
let validate: FhirValidator;
beforeAll(async () => {
  validate = await loadFhirValidator();
}, 60_000);

const TIMEOUT = 120_000;

interface DownloadedBundle {
  resourceType: string;
  entry: { resource: { resourceType: string; item?: { item?: { linkId: string }[] }[]; summary?: string } }[];
}

describe('handing the answers on, in the built app in Chromium', () => {
  it(
    'downloads a FHIR Bundle of the answers and the result that a FHIR R4 validator accepts',
    async () => {
      const watched = await built.openPage();
      try {
        const { page } = watched;
        const vignette = publicVignette('fever');
        expect(await answerThroughPage(page, vignette.answers)).toBe('urgent');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download for your clinician (FHIR)' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/\.fhir\.json$/);
        const bundle = JSON.parse(await readFile(await download.path(), 'utf8')) as DownloadedBundle;
        expect(validate(bundle)).toEqual([]);
        for (const { resource } of bundle.entry) expect(validate(resource, bundle as never), resource.resourceType).toEqual([]);

        const response = bundle.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')?.resource;
        const linkIds = (response?.item ?? []).flatMap((group) => group.item ?? []).map((item) => item.linkId);
        expect(linkIds).toEqual(expect.arrayContaining(['fever', 'chestPain', 'age']));
        const impression = bundle.entry.find((e) => e.resource.resourceType === 'ClinicalImpression')?.resource;
        expect(JSON.stringify(impression)).toMatch(/urgent/);
        expect(watched.problems).toEqual([]);
      } finally {
        await watched.close();
      }
    },
    TIMEOUT,
  );

  it(
    'gives a link that opens the same answers, and the same result, in a fresh browser',
    async () => {
      const first = await built.openPage();
      let link = '';
      try {
        const { page } = first;
        expect(await answerThroughPage(page, publicVignette('arm-numbness').answers)).toBe('doctor');
        await page.getByRole('button', { name: 'Open on another device' }).click();
        await page.getByText(/anyone who has this link can read your answers/i).waitFor();
        link = await page.getByRole('textbox', { name: 'A link to your answers' }).inputValue();
        expect(first.problems).toEqual([]);
      } finally {
        await first.close();
      }
      expect(link).toMatch(/#\/open\/1\./);

      const second = await built.openPage();
      try {
        const { page } = second;
        await page.goto(link);
        await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
        await page.getByRole('link', { name: 'Get my result' }).click();
        const card = page.locator('main [data-disposition]');
        await card.waitFor();
        expect(await card.getAttribute('data-disposition')).toBe('doctor');
        expect(second.problems).toEqual([]);
      } finally {
        await second.close();
      }
    },
    TIMEOUT,
  );
});
