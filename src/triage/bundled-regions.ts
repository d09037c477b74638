import regions from '../../rules/regions.json';
import englishCare from '../../rules/text/en/care.json';
import englishRegions from '../../rules/text/en/regions.json';
import type { RuleSource } from './rule-set';
import type { TextSource } from './load-text';

/**
 * The regions' numbers, and the words a person reads around them, are in the app's own JavaScript:
 * the header's emergency number and the card shown when the rules cannot load need them before,
 * and without, the rules data file. The build checks both (vite-plugins/checked-rules.ts), and the
 * numbers are in the rules' fingerprint.
 */
export const REGIONS_FILE: RuleSource = { file: 'regions.json', content: regions };

export const ENGLISH_TEXT: TextSource = {
  language: 'en',
  files: [
    { file: 'regions.json', content: englishRegions },
    { file: 'care.json', content: englishCare },
  ],
};
