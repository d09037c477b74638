import { regionMessageIds } from './regions';
import type { RegionsFile } from './regions-schema';
import { RuleSetError, type RuleSource } from './rule-set';
import { idsIn, messagesProblems, type ExpectedMessages, type Messages } from './words';

/** One language's catalogues, as read from rules/text/<language>/. */
export interface TextSource {
  language: string;
  files: RuleSource[];
}

/**
 * What each catalogue must hold: the regions' words, one set per region in rules/regions.json; every
 * other catalogue, the ids and placeholders of its English original, which the code's own ids are
 * checked against when it is compiled (src/triage/message-ids.ts).
 */
function expectedCatalogues(regions: RegionsFile, english: TextSource): Map<string, ExpectedMessages> {
  return new Map(
    english.files.map(({ file, content }) => [file, file === 'regions.json' ? regionMessageIds(regions) : idsIn(content)]),
  );
}

/**
 * Checks one language's catalogues against English and the regions; throws a RuleSetError naming every missing, unknown or empty message, every placeholder that does
 * not match, and every catalogue missing or unknown.
 */
export function checkText(regions: RegionsFile, english: TextSource, { language, files }: TextSource): void {
  const expected = expectedCatalogues(regions, english);
  const where = (file: string) => `text/${language}/${file}`;
  const problems: string[] = [];
  for (const { file, content } of files) {
    const ids = expected.get(file);
    if (ids) problems.push(...messagesProblems(where(file), content, ids));
    else problems.push(`${where(file)}: not a catalogue this tool reads (${[...expected.keys()].join(', ')})`);
  }
  for (const file of expected.keys()) if (!files.some((f) => f.file === file)) problems.push(`${where(file)}: missing`);
  if (problems.length > 0) throw new RuleSetError(problems);
}

/** One language's messages, from catalogues already checked (the app's own, checked by the build). */
export const textMessages = ({ files }: TextSource): Messages => Object.assign({}, ...files.map((f) => f.content)) as Messages;
