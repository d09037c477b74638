import { assembleRuleSet, fingerprint, RuleSetError, type RuleSet, type RuleSource } from './rule-set';

/**
 * The shipped rule files and catalogue as one data file. The build checks them with `loadRuleSet`
 * (a broken rule fails the build) and the browser fetches them, so the browser needs neither the
 * rule schemas nor the checks.
 */
export interface CheckedRules {
  files: RuleSource[];
  catalogue: RuleSource;
  questionnaire: RuleSource;
  regions: RuleSource;
}

const isSource = (value: unknown): value is RuleSource =>
  typeof value === 'object' && value !== null && typeof (value as RuleSource).file === 'string' && 'content' in value;

/**
 * Opens the data file the build checked. Matching the fingerprint taken at build time is what makes
 * skipping the checks sound: any change on the way (a damaged cache, a stale file) is refused.
 */
export function openCheckedRules(data: unknown, expectedHash: string): RuleSet {
  const { files, catalogue, questionnaire, regions } = (
    typeof data === 'object' && data !== null ? data : {}
  ) as Partial<CheckedRules>;
  if (!Array.isArray(files) || !files.every(isSource) || !isSource(catalogue) || !isSource(questionnaire) || !isSource(regions)) {
    throw new RuleSetError(['the rules data file does not hold rule files, a catalogue, a questionnaire and the regions']);
  }
  const found = fingerprint([...files, catalogue, questionnaire, regions]);
  if (found !== expectedHash) {
    throw new RuleSetError([
      `the rules data file has fingerprint ${found}, not ${expectedHash} as checked when the app was built`,
    ]);
  }
  return assembleRuleSet(files, catalogue, questionnaire, regions);
}
