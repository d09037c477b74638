import { describe, expect, it } from 'vitest';
import { regionFromLanguage } from '../../src/app/lib/regions';

describe('the region from the browser language', () => {
  it.each([
    ['en-GB', 'uk'],
    ['en-US', 'us'],
    ['en-AU', 'au'],
    ['fr-FR', 'eu'],
    ['de', 'eu'],
    ['en-IE', 'eu'],
    ['en', 'uk'],
    ['ja-JP', 'uk'],
  ])('%s gives %s', (language, region) => {
    expect(regionFromLanguage(language)).toBe(region);
  });
});
