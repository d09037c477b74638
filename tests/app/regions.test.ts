// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRegion, REGION_LIST, regionFromLanguage, regionFromLanguages } from '../../src/app/lib/regions';

describe('the region from the browser language', () => {
  it.each([
    ['en-GB', 'uk'],
    ['cy', 'uk'],
    ['en-US', 'us'],
    ['es-US', 'us'],
    ['en-CA', 'ca'],
    ['fr-CA', 'ca'],
    ['en-AU', 'au'],
    ['en-NZ', 'nz'],
    ['mi', 'nz'],
    ['mi-NZ', 'nz'],
    ['en-IN', 'in'],
    ['hi-IN', 'in'],
    ['ta-IN', 'in'],
    ['hi', 'in'],
    ['en-IE', 'ie'],
    ['ga', 'ie'],
    ['ga-IE', 'ie'],
    ['fr-FR', 'eu'],
    ['de-DE', 'eu'],
    ['es-ES', 'eu'],
    ['pt-PT', 'eu'],
    ['nl-BE', 'eu'],
    ['de', 'eu'],
    ['pl', 'eu'],
    ['sr-Latn-HR', 'eu'],
    ['en_GB', 'uk'],
    ['EN-gb', 'uk'],
  ])('%s gives %s', (language, region) => {
    expect(regionFromLanguage(language)).toBe(region);
  });

  // A language spoken in many countries, or a country we have no numbers for: never a guessed number.
  it.each([
    'en',
    'fr',
    'es',
    'pt',
    'nl',
    'ar',
    'zh',
    'ja-JP',
    'pt-BR',
    'es-MX',
    'fr-CH',
    'de-CH',
    'en-ZA',
    'es-419',
    'zh-Hant-TW',
    'en-u-ca-gregory',
    '',
    'x',
  ])('%s gives "Somewhere else"', (language) => {
    expect(regionFromLanguage(language)).toBe('other');
  });

  it('takes the first language that is certain of a country', () => {
    expect(regionFromLanguages(['en', 'en-NZ', 'en-US'])).toBe('nz');
    expect(regionFromLanguages(['ja-JP', 'en-US'])).toBe('other');
    expect(regionFromLanguages(['en', 'fr'])).toBe('other');
    expect(regionFromLanguages([])).toBe('other');
  });
});

describe('the regions', () => {
  /** The regions whose same-day help is a number to call (the others name a service or a doctor). */
  const WITH_A_SAME_DAY_NUMBER = ['uk', 'ca', 'au', 'nz'];

  it('offers the regions in the order of rules/regions.json, "Somewhere else" last', () => {
    expect(REGION_LIST.map((r) => r.id)).toEqual(['uk', 'ie', 'eu', 'us', 'ca', 'au', 'nz', 'in', 'other']);
  });

  it.each(REGION_LIST.map((r) => [r.id, r] as const))(
    '%s names its same-day route, with a place for its number so the number can be its link',
    (id, { sameDay }) => {
      expect(sameDay.line !== undefined).toBe(WITH_A_SAME_DAY_NUMBER.includes(id));
      for (const words of [sameDay.action, sameDay.clause]) {
        expect(words.length).toBeGreaterThan(5);
        expect(words.includes('{line}')).toBe(sameDay.line !== undefined);
      }
    },
  );
});

describe('the saved region', () => {
  afterEach(() => {
    window.localStorage.clear();
    vi.restoreAllMocks();
  });
  const browserLanguages = (language: string, languages: string[] = [language]) => {
    vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(language);
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  };

  it.each(['uk', 'us', 'eu', 'au'])('keeps working for a choice saved before there were more regions (%s)', (id) => {
    browserLanguages('en-NZ');
    window.localStorage.setItem('upper-back-triage:region', id);
    expect(loadRegion()).toBe(id);
  });

  it('falls back to the browser language when the saved value is unknown', () => {
    browserLanguages('en-CA');
    window.localStorage.setItem('upper-back-triage:region', 'mars');
    expect(loadRegion()).toBe('ca');
  });

  it('looks through the browser languages when the first does not say where', () => {
    browserLanguages('en', ['en', 'en-AU']);
    expect(loadRegion()).toBe('au');
  });
});
