import type { RegionsFile } from './regions-schema';

/** The region for a person whose country the tool cannot know: its emergency number must not be claimed. */
export const UNKNOWN_REGION = 'other';

/**
 * What the schema cannot see: an id used twice, a country or language that would settle two
 * regions, a missing "Somewhere else", or a number claimed for it.
 */
export function regionsProblems(file: string, { regions }: RegionsFile): string[] {
  const problems: string[] = [];
  const claim = (kind: string, owners: Map<string, string>, code: string, id: string) => {
    const earlier = owners.get(code);
    if (earlier) problems.push(`${file} › ${id}: ${kind} "${code}" already settles region "${earlier}"`);
    owners.set(code, id);
  };
  const ids = new Map<string, string>();
  const countries = new Map<string, string>();
  const languages = new Map<string, string>();
  for (const region of regions) {
    claim('the id', ids, region.id, region.id);
    for (const country of region.countries) claim('country', countries, country, region.id);
    for (const language of region.languages) claim('language', languages, language, region.id);
    const unknown = region.id === UNKNOWN_REGION;
    if (unknown && region.emergency.display !== undefined)
      problems.push(`${file} › ${region.id}: the emergency number is not known here: leave out emergency.display`);
    if (!unknown && region.emergency.display === undefined)
      problems.push(`${file} › ${region.id}: emergency.display is missing: only "${UNKNOWN_REGION}" may leave its number unsaid`);
    if (unknown && (region.countries.length > 0 || region.languages.length > 0 || region.sameDayLine))
      problems.push(
        `${file} › ${region.id}: "${UNKNOWN_REGION}" is where no country is known: no countries, languages or same-day line`,
      );
  }
  if (!ids.has(UNKNOWN_REGION))
    problems.push(`${file}: there is no region "${UNKNOWN_REGION}" for a person whose country is not known`);
  return problems;
}
