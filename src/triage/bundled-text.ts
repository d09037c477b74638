import regions from '../../rules/regions.json';
import englishCare from '../../rules/text/en/care.json';
import englishRegions from '../../rules/text/en/regions.json';
import type { TextSource } from './load-text';
import type { RuleSource } from './rule-set';

/** Each region's emergency number and same-day line, in the rules' fingerprint. */
export const REGIONS_FILE: RuleSource = { file: 'regions.json', content: regions };

/**
 * The English words the app's own JavaScript carries: the header and the card shown when the rules
 * cannot load need them before, and without, the rules data file. Every other catalogue comes with
 * the rules (src/triage/bundled-rules.ts). The build checks them all (vite-plugins/checked-rules.ts).
 */
export const ENGLISH_IN_THE_APP: TextSource = {
  language: 'en',
  files: [
    { file: 'regions.json', content: englishRegions },
    { file: 'care.json', content: englishCare },
  ],
};
