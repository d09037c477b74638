import regions from '../../rules/regions.json';
import englishCare from '../../rules/text/en/care.json';
import englishRegions from '../../rules/text/en/regions.json';
import type { RuleSource } from './rule-set';
import type { TextSource } from './load-text';

/** Each region's emergency number and same-day line, in the rules' fingerprint. */
export const REGIONS_FILE: RuleSource = { file: 'regions.json', content: regions };

/**
 * The words a person reads around the regions' numbers are in the app's own JavaScript: the header
 * and the card shown when the rules cannot load need them before, and without, the rules data file.
 * The build checks them (vite-plugins/checked-rules.ts).
 */
export const ENGLISH_TEXT: TextSource = {
  language: 'en',
  files: [
    { file: 'regions.json', content: englishRegions },
    { file: 'care.json', content: englishCare },
  ],
};
