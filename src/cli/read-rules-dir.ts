import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATALOGUE_FILE,
  loadRuleSet,
  QUESTIONNAIRE_FILE,
  REGIONS_FILE,
  RuleSetError,
  SHIPPED_SOURCES,
  type RuleSet,
  type RuleSource,
} from '../triage';

/**
 * Loads the rules from a folder instead of the ones built in (TRIAGE_RULES_DIR): for a clinician
 * trying a change to the rules, and for the tests that break the rules on purpose.
 */
export function loadRulesFromDir(dir: string): RuleSet {
  const problems: string[] = [];
  const read = (file: string): RuleSource => {
    try {
      return { file, content: JSON.parse(readFileSync(join(dir, file), 'utf8')) };
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      return { file, content: undefined };
    }
  };
  const notRules = new Set([CATALOGUE_FILE.file, QUESTIONNAIRE_FILE.file, REGIONS_FILE.file]);
  const names = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && !notRules.has(f));
  const ruleFiles = names.sort().map(read);
  const catalogue = read(CATALOGUE_FILE.file);
  const questionnaire = read(QUESTIONNAIRE_FILE.file);
  const regions = read(REGIONS_FILE.file);
  if (problems.length > 0) throw new RuleSetError(problems);
  // The words are the shipped ones: this folder holds the protocol a clinician is trying out.
  return loadRuleSet({
    files: ruleFiles,
    catalogue,
    questionnaire,
    regions,
    words: SHIPPED_SOURCES.words,
    language: SHIPPED_SOURCES.language,
  });
}
