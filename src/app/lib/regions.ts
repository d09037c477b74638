import type { Disposition } from '../../triage';
import { localStore } from './local-store';
import { tabMemory } from './tab-memory';

/** The order of the region select. Saved choices are these ids, so an id never changes. */
export const REGION_IDS = ['uk', 'ie', 'eu', 'us', 'ca', 'au', 'nz', 'in', 'other'] as const;
export type RegionId = (typeof REGION_IDS)[number];

interface PhoneNumber {
  /** As written for people, e.g. "1800 022 222". */
  display: string;
  /** As dialled, for a tel: link. */
  dial: string;
}

/** The numbers and words a result uses where the person lives. */
export interface Region {
  id: RegionId;
  name: string;
  /** display fits "Call … now": "999", "112 or 999", "your local emergency number". */
  emergencyNumber: PhoneNumber;
  /**
   * Only where we cannot know the emergency number ("Somewhere else"): this line and its link take
   * the place of a call button, so that no number that may be wrong is shown as the one to call.
   */
  mobileEmergency?: { sentence: string; dial: string };
  emergencyDepartment: string;
  /** Help the same day when it is not an emergency. */
  sameDay: {
    /** Fits "… today": "call NHS 111". It contains line.display, which becomes the link. */
    route: string;
    line?: PhoneNumber & { name: string };
  };
  /** Who to book for a check in the next few days. */
  clinician: string;
}

const phone = (display: string, dial = display.replace(/\s/g, '')): PhoneNumber => ({ display, dial });
const line = (name: string, display: string) => ({ name, ...phone(display) });

const ED = 'the emergency department';
const GP = 'a GP or physiotherapist';
const DOCTOR = 'a doctor or physiotherapist';

export const REGIONS: Record<RegionId, Region> = {
  uk: {
    id: 'uk',
    name: 'United Kingdom',
    emergencyNumber: phone('999'),
    emergencyDepartment: 'A&E',
    sameDay: { route: 'call NHS 111 or go to 111.nhs.uk', line: line('NHS 111', '111') },
    clinician: GP,
  },
  ie: {
    id: 'ie',
    name: 'Ireland',
    emergencyNumber: phone('112 or 999', '112'),
    emergencyDepartment: ED,
    sameDay: { route: 'call your GP or the GP out-of-hours service' },
    clinician: GP,
  },
  eu: {
    id: 'eu',
    name: 'European Union',
    emergencyNumber: phone('112'),
    emergencyDepartment: ED,
    sameDay: { route: 'call your doctor or the out-of-hours service' },
    clinician: DOCTOR,
  },
  us: {
    id: 'us',
    name: 'United States',
    emergencyNumber: phone('911'),
    emergencyDepartment: 'the emergency room',
    sameDay: { route: 'go to urgent care or call your doctor’s nurse line' },
    clinician: 'a doctor or physical therapist',
  },
  ca: {
    id: 'ca',
    name: 'Canada',
    emergencyNumber: phone('911'),
    emergencyDepartment: ED,
    sameDay: { route: 'call the health line on 811', line: line('811', '811') },
    clinician: DOCTOR,
  },
  au: {
    id: 'au',
    name: 'Australia',
    emergencyNumber: phone('000'),
    emergencyDepartment: ED,
    sameDay: { route: 'call healthdirect on 1800 022 222 or see a GP', line: line('healthdirect', '1800 022 222') },
    clinician: GP,
  },
  nz: {
    id: 'nz',
    name: 'New Zealand',
    emergencyNumber: phone('111'),
    emergencyDepartment: ED,
    sameDay: { route: 'call Healthline on 0800 611 116 or see a GP', line: line('Healthline', '0800 611 116') },
    clinician: GP,
  },
  in: {
    id: 'in',
    name: 'India',
    emergencyNumber: phone('112'),
    emergencyDepartment: ED,
    sameDay: { route: 'see a doctor or go to a hospital outpatient service' },
    clinician: DOCTOR,
  },
  other: {
    id: 'other',
    name: 'Somewhere else',
    // The header's link dials 112; everywhere else the words say "your local emergency number".
    emergencyNumber: phone('your local emergency number', '112'),
    mobileEmergency: { sentence: '112 works from most mobile phones', dial: '112' },
    emergencyDepartment: 'the nearest emergency department',
    sameDay: { route: 'see a doctor or pharmacist' },
    clinician: DOCTOR,
  },
};

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** What to do at a level of care, in the region's words: "Call 999 at once", "Call NHS 111 … today", "See a GP …". */
export function actionAt(level: Exclude<Disposition, 'self_care'>, region: Region): string {
  if (level === 'emergency') return `Call ${region.emergencyNumber.display} at once`;
  if (level === 'urgent') return `${capitalised(region.sameDay.route)} today`;
  return `See ${region.clinician}`;
}

const each = (codes: string, region: RegionId) => Object.fromEntries(codes.split(' ').map((code) => [code, region]));

/** Country codes, lower case. Ireland is in the EU but has its own numbers. */
const COUNTRY_REGIONS: Record<string, RegionId> = {
  ...each('at be bg hr cy cz dk ee fi fr de gr hu it lv lt lu mt nl pl pt ro sk si es se', 'eu'),
  gb: 'uk',
  ie: 'ie',
  us: 'us',
  ca: 'ca',
  au: 'au',
  nz: 'nz',
  in: 'in',
};

/**
 * For a tag with no country: only languages spoken (almost) only where one region's numbers are right.
 * Not "en", "fr", "es", "pt" or "nl", spoken in many countries with other numbers.
 */
const LANGUAGE_REGIONS: Record<string, RegionId> = {
  ...each('bg cs da de el et fi hu it lt lv mt pl ro sk sl sv', 'eu'),
  cy: 'uk',
  gd: 'uk',
  ga: 'ie',
  mi: 'nz',
  ...each('hi mr te kn ml gu or as', 'in'),
};

/** The region a language tag such as "en-GB", "ga" or "zh-Hant-TW" is certain of; undefined if it names no country. */
function regionOfTag(tag: string): RegionId | undefined {
  const [language = '', ...subtags] = tag.toLowerCase().split(/[-_]/);
  const afterScript = subtags[0]?.length === 4 ? subtags[1] : subtags[0];
  // The region subtag: two letters, or three digits for an area such as "419", Latin America.
  if (afterScript && /^([a-z]{2}|\d{3})$/.test(afterScript)) return COUNTRY_REGIONS[afterScript] ?? 'other';
  return LANGUAGE_REGIONS[language];
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
  return 'other';
}

export const regionFromLanguage = (tag: string) => regionFromLanguages([tag]);

const REGION_KEY = 'upper-back-triage:region';

const isRegionId = (value: unknown): value is RegionId => REGION_IDS.includes(value as RegionId);

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
