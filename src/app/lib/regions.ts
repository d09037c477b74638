import { localStore } from './local-store';

export const REGION_IDS = ['uk', 'us', 'eu', 'au'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface PhoneNumber {
  /** As written for people, e.g. "1800 022 222". */
  display: string;
  /** As dialled, for a tel: link. */
  dial: string;
}

/** The numbers and words a result uses where the person lives. */
export interface Region {
  id: RegionId;
  name: string;
  emergencyNumber: PhoneNumber;
  emergencyDepartment: string;
  /** Where to get help the same day, when it is not an emergency. */
  urgentCare: { action: string; number?: PhoneNumber & { name: string } };
  /** Who to book for a check in the next few days. */
  clinician: string;
}

const phone = (display: string): PhoneNumber => ({ display, dial: display.replace(/\s/g, '') });

export const REGIONS: Record<RegionId, Region> = {
  uk: {
    id: 'uk',
    name: 'United Kingdom',
    emergencyNumber: phone('999'),
    emergencyDepartment: 'A&E',
    urgentCare: {
      action: 'Call 111 or go to 111.nhs.uk, or go to an urgent treatment centre, today.',
      number: { ...phone('111'), name: 'NHS 111' },
    },
    clinician: 'a GP or physiotherapist',
  },
  us: {
    id: 'us',
    name: 'United States',
    emergencyNumber: phone('911'),
    emergencyDepartment: 'the emergency room',
    urgentCare: { action: 'Go to an urgent care center, or call your doctor for a same-day appointment.' },
    clinician: 'a doctor or physical therapist',
  },
  eu: {
    id: 'eu',
    name: 'European Union',
    emergencyNumber: phone('112'),
    emergencyDepartment: 'the emergency department',
    urgentCare: { action: 'Call your doctor, or the out-of-hours doctor service where you are, today.' },
    clinician: 'a doctor or physiotherapist',
  },
  au: {
    id: 'au',
    name: 'Australia',
    emergencyNumber: phone('000'),
    emergencyDepartment: 'the emergency department',
    urgentCare: {
      action: 'Call healthdirect on 1800 022 222, or see a GP today.',
      number: { ...phone('1800 022 222'), name: 'healthdirect' },
    },
    clinician: 'a GP or physiotherapist',
  },
};

const EU_COUNTRIES = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
const EU_LANGUAGES = new Set(
  'bg hr cs da nl et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv'.split(' '),
);

/** Guesses the region from a language tag such as "en-GB" or "de"; the person can change it. */
export function regionFromLanguage(tag: string): RegionId {
  const [language = '', country = ''] = tag.split('-');
  const upperCountry = country.toUpperCase();
  if (upperCountry === 'GB') return 'uk';
  if (upperCountry === 'US') return 'us';
  if (upperCountry === 'AU') return 'au';
  if (EU_COUNTRIES.has(upperCountry) || (!country && EU_LANGUAGES.has(language.toLowerCase()))) return 'eu';
  return 'uk';
}

const REGION_KEY = 'upper-back-triage:region';

const isRegionId = (value: unknown): value is RegionId => REGION_IDS.includes(value as RegionId);

export function loadRegion(): RegionId {
  const saved = localStore.read(REGION_KEY);
  return isRegionId(saved) ? saved : regionFromLanguage(navigator.language);
}

export const saveRegion = (region: RegionId) => localStore.write(REGION_KEY, region);
