import {
  allSources,
  assembleRuleSet,
  fingerprint,
  RuleSetError,
  type RuleSet,
  type RuleSource,
  type RuleSources,
} from './rule-set';

/**
 * The shipped rule files and catalogue as one data file. The build checks them with `loadRuleSet`
 * (a broken rule fails the build) and the browser fetches them, so the browser needs neither the
 * rule schemas nor the checks.
 */
export type CheckedRules = RuleSources;

const isSource = (value: unknown): value is RuleSource =>
  typeof value === 'object' && value !== null && typeof (value as RuleSource).file === 'string' && 'content' in value;

/**
 * Opens the data file the build checked. Matching the fingerprint taken at build time is what makes
 * skipping the checks sound: any change on the way (a damaged cache, a stale file) is refused.
 */
export function openCheckedRules(data: unknown, expectedHash: string): RuleSet {
  const { files, catalogue, questionnaire, regions, words, language } = (
    typeof data === 'object' && data !== null ? data : {}
  ) as Partial<CheckedRules>;
  const isList = (list: unknown): list is RuleSource[] => Array.isArray(list) && list.every(isSource);
  if (
    !isList(files) ||
    !isSource(catalogue) ||
    !isSource(questionnaire) ||
    !isSource(regions) ||
    !isList(words) ||
    typeof language !== 'string'
  ) {
    throw new RuleSetError([
      'the rules data file does not hold rule files, a catalogue, a questionnaire, the regions and the words',
    ]);
  }
  const sources = { files, catalogue, questionnaire, regions, words, language };
  const found = fingerprint(allSources(sources));
  if (found !== expectedHash) {
    throw new RuleSetError([
      `the rules data file has fingerprint ${found}, not ${expectedHash} as checked when the app was built`,
    ]);
  }
  return assembleRuleSet(sources);
}
