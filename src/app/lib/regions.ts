import { regions } from 'virtual:checked-rules';
import { regionsInWords, sameDayText, type Disposition, type Region, type RegionNumbers, UNKNOWN_REGION } from '../../triage';
import { appMessages, sayInApp } from './app-words';
import { localStore } from './local-store';
import { tabMemory } from './tab-memory';

export type { Region };
/** A region's id from rules/regions.json. Saved choices are these ids, so an id never changes. */
export type RegionId = string;

/** In the order of the region select. */
export const REGION_LIST: readonly Region[] = regionsInWords(regions, appMessages);
const REGIONS: Readonly<Record<RegionId, Region>> = Object.fromEntries(REGION_LIST.map((r) => [r.id, r]));

/** The region with this id; the loader makes sure there is always one for "Somewhere else". */
export const regionById = (id: RegionId): Region => REGIONS[id] ?? (REGIONS[UNKNOWN_REGION] as Region);

/**
 * What to do at a level of care, in the region's words: a sentence ("Call 999 at once", "Call NHS 111 … today",
 * "See a GP …") or the same inside a sentence.
 */
export function actionAt(level: Exclude<Disposition, 'self_care'>, region: Region, form: 'action' | 'clause' = 'action'): string {
  if (level === 'urgent') return sameDayText(region, form);
  if (level === 'emergency') return sayInApp(`care.emergency.${form}`, { emergency: region.emergencyNumber.display });
  return sayInApp(`care.doctor.${form}`, { clinician: region.clinician });
}

const settledBy = (codes: (data: RegionNumbers) => string[]) =>
  new Map(regions.flatMap((data) => codes(data).map((code) => [code, data.id])));
/** Country codes, lower case. */
const COUNTRY_REGIONS = settledBy((data) => data.countries);
/** For a tag with no country: only languages spoken (almost) only where one region's numbers are right. */
const LANGUAGE_REGIONS = settledBy((data) => data.languages);

/** The region a language tag such as "en-GB", "ga" or "zh-Hant-TW" is certain of; undefined if it names no country. */
function regionOfTag(tag: string): RegionId | undefined {
  const [language = '', ...subtags] = tag.toLowerCase().split(/[-_]/);
  const afterScript = subtags[0]?.length === 4 ? subtags[1] : subtags[0];
  // The region subtag: two letters, or three digits for an area such as "419", Latin America.
  if (afterScript && /^([a-z]{2}|\d{3})$/.test(afterScript)) return COUNTRY_REGIONS.get(afterScript) ?? UNKNOWN_REGION;
  return LANGUAGE_REGIONS.get(language);
}

/**
 * The region from the browser's languages, most preferred first: the first that is certain of a
 * country decides. None: "Somewhere else", never a guessed number.
 */
export function regionFromLanguages(tags: readonly string[]): RegionId {
  for (const tag of tags) {
    const region = regionOfTag(tag);
    if (region) return region;
  }
  return UNKNOWN_REGION;
}

export const regionFromLanguage = (tag: string) => regionFromLanguages([tag]);

const REGION_KEY = 'upper-back-triage:region';

const isRegionId = (value: unknown): value is RegionId => typeof value === 'string' && Object.hasOwn(REGIONS, value);

/** The region the person chose, stored on the device or kept in the tab; otherwise the one their language settles. */
export function loadRegion(): RegionId {
  const saved = localStore.read(REGION_KEY) ?? tabMemory.read().region;
  return isRegionId(saved) ? saved : regionFromLanguages([navigator.language, ...(navigator.languages ?? [])]);
}

/** Stores the chosen region; returns false when the browser refuses, having kept it in the tab instead. */
export function saveRegion(region: RegionId): boolean {
  const stored = localStore.write(REGION_KEY, region);
  if (!stored) tabMemory.write({ region });
  return stored;
}
