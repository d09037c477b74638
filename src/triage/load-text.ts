import { regionMessageIds } from './regions';
import type { RegionsFile } from './regions-schema';
import { RuleSetError, type RuleSource } from './rule-set';
import { messagesProblems, type ExpectedMessages, type Messages } from './words';

/** What the code says at each level of care, around the region's words. */
const CARE_MESSAGE_IDS: ExpectedMessages = new Map([
  ['care.emergency.action', ['emergency']],
  ['care.emergency.clause', ['emergency']],
  ['care.doctor.action', ['clinician']],
  ['care.doctor.clause', ['clinician']],
]);

/** One language's catalogues, as read from rules/text/<language>/. */
export interface TextSource {
  language: string;
  files: RuleSource[];
}

/** The catalogues every language has, and what each must hold. */
const catalogues = (regions: RegionsFile): Record<string, ExpectedMessages> => ({
  'regions.json': regionMessageIds(regions),
  'care.json': CARE_MESSAGE_IDS,
});

/**
 * Checks one language's catalogues against the ids the code and the regions need, and returns its
 * messages; or throws a RuleSetError naming every missing, unknown or empty message and every
 * placeholder that does not match.
 */
export function loadText(regions: RegionsFile, { language, files }: TextSource): Messages {
  const expected = catalogues(regions);
  const where = (file: string) => `text/${language}/${file}`;
  const problems: string[] = [];
  for (const { file, content } of files) {
    const ids = expected[file];
    if (ids) problems.push(...messagesProblems(where(file), content, ids));
    else problems.push(`${where(file)}: not a catalogue this tool reads (${Object.keys(expected).join(', ')})`);
  }
  for (const file of Object.keys(expected)) if (!files.some((f) => f.file === file)) problems.push(`${where(file)}: missing`);
  if (problems.length > 0) throw new RuleSetError(problems);
  return textMessages({ language, files });
}

/** One language's messages, from catalogues already checked (the app's own, checked by the build). */
export const textMessages = ({ files }: TextSource): Messages => Object.assign({}, ...files.map((f) => f.content)) as Messages;
