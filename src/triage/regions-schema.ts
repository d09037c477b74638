import { z } from 'zod/mini';
import { sourceSchema } from './rule-schema';

const code = (what: string, pattern: RegExp) => z.string().check(z.regex(pattern, `must be ${what}`));

/** What a phone dials: digits only, so a tel: link can never carry words or spaces. */
const dial = code('digits only, as dialled (3 to 15 of them)', /^\d{3,15}$/);
const display = z
  .string()
  .check(z.minLength(3), z.describe('The number as written for people, e.g. "1800 022 222" or "112 or 999"'));

const regionSchema = z.strictObject({
  id: code('a lower-case id of 2 to 10 letters', /^[a-z]{2,10}$/).check(
    z.describe('Saved on the person’s device when they choose it: never change an id, add a new one'),
  ),
  emergency: z
    .strictObject({ display: z.optional(display), dial })
    .check(
      z.describe(
        'The emergency number. Without display the number is not known for sure ("Somewhere else"): the words say "your local emergency number", and dial is offered only as a number that works from most mobile phones',
      ),
    ),
  sameDayLine: z.optional(
    z
      .strictObject({ name: z.string().check(z.minLength(2)), display, dial })
      .check(
        z.describe('A phone line for help the same day when it is not an emergency, where there is one for the whole region'),
      ),
  ),
  countries: z
    .array(code('an ISO 3166-1 alpha-2 country code in lower case', /^[a-z]{2}$/))
    .check(z.describe('Countries whose language tags (en-GB, fr-FR) settle this region')),
  languages: z
    .array(code('an ISO 639-1 language code in lower case', /^[a-z]{2}$/))
    .check(
      z.describe(
        'Languages spoken (almost) only where this region’s numbers are right: a tag with no country, such as "ga", settles the region',
      ),
    ),
  sources: z.array(sourceSchema).check(z.minLength(1), z.describe('Where the numbers were checked')),
});
export type RegionData = z.infer<typeof regionSchema>;
/** What the app reads of a region: its numbers and what settles it, not the sources kept for its reviewers. */
export type RegionNumbers = Omit<RegionData, 'sources'>;

export const regionsFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0')),
  checked: z.iso.date().check(z.describe('The day every number was last checked against its sources')),
  regions: z.array(regionSchema).check(z.minLength(1), z.describe('In the order the region select shows them')),
});
export type RegionsFile = z.infer<typeof regionsFileSchema>;
