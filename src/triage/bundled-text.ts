import regions from '../../rules/regions.json';
import englishCare from '../../rules/text/en/care.json';
import englishLevels from '../../rules/text/en/levels.json';
import englishRegions from '../../rules/text/en/regions.json';
import { textMessages, type TextSource } from './load-text';
import type { RuleSource } from './rule-set';
import { fillIn } from './words';

/** Each region's emergency number and same-day line, in the rules' fingerprint. */
export const REGIONS_FILE: RuleSource = { file: 'regions.json', content: regions };

/**
 * English, the language every other catalogue is checked against. Its words are in the app's own
 * JavaScript: the header and the card shown when the rules cannot load need them before, and
 * without, the rules data file. The build checks them (vite-plugins/checked-rules.ts).
 */
export const ENGLISH_TEXT: TextSource = {
  language: 'en',
  files: [
    { file: 'regions.json', content: englishRegions },
    { file: 'care.json', content: englishCare },
    { file: 'levels.json', content: englishLevels },
  ],
};

/** An id of a message the code says itself (a region's words are reached through the region). */
export type MessageId = keyof typeof englishCare | keyof typeof englishLevels;

/** The English messages, for code that takes its words as a parameter (the FHIR export). */
export const ENGLISH = textMessages(ENGLISH_TEXT);
const english = ENGLISH;

/** A message in English with its placeholders filled in; the compiler refuses an id that English does not have. */
export const say = (id: MessageId, values?: Readonly<Record<string, string>>) => fillIn(english[id] ?? id, values);

/** The message itself, for one whose placeholders an element fills (app/components/message.tsx). */
export const messageText = (id: MessageId) => english[id] ?? id;
