import type { Catalogue } from './catalogue-schema';
import { answerWordsOf, type AnswerWords } from './questionnaire';
import type { Questionnaire } from './questionnaire-schema';
import type { RegionsFile } from './regions-schema';
import type { Rule } from './rule-schema';
import type { Messages } from './words';

/** A file's name and its parsed JSON, as read from `rules/`. */
export interface RuleSource {
  file: string;
  content: unknown;
}

/** Everything a rule set is made of, as read from `rules/`. */
export interface RuleSources {
  files: RuleSource[];
  catalogue: RuleSource;
  questionnaire: RuleSource;
  regions: RuleSource;
  /** The catalogues of words that come with the rules (rules/text/<language>/): what a page with a result says. */
  words: RuleSource[];
  /** The language of the words (a BCP 47 tag such as "en"): plural forms and lists follow it. */
  language: string;
}

export interface LoadedRule extends Rule {
  file: string;
}

export interface RuleSet {
  version: string;
  /** A short fingerprint of every rule file, the catalogue, the questionnaire, the regions and the words: any edit changes it. */
  hash: string;
  rules: LoadedRule[];
  catalogue: Catalogue;
  questionnaire: Questionnaire;
  /** The questionnaire's plain words for every answer. */
  answerWords: AnswerWords;
  /** Each region's emergency number and same-day line (rules/regions.json). */
  regions: RegionsFile;
  /** The words that come with the rules, by message id. */
  messages: Messages;
  language: string;
}

/** The rules could not be loaded: every problem found, each naming its file and rule. */
export class RuleSetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The triage rules are broken:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'RuleSetError';
  }
}

/** FNV-1a over the files' names and content: short, stable, and the same in Node and the browser. */
export function fingerprint(sources: RuleSource[]): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(sources.map(({ file, content }) => [file, content]))) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Every source, in the order the fingerprint reads them. */
export const allSources = ({ files, catalogue, questionnaire, regions, words, language }: RuleSources): RuleSource[] => [
  ...files,
  catalogue,
  questionnaire,
  regions,
  ...words,
  { file: 'language', content: language },
];

/**
 * Puts files already known to be valid together as one rule set. The schemas neither add nor drop
 * anything from valid files, so the files' content is the parsed content.
 */
export function assembleRuleSet(sources: RuleSources): RuleSet {
  const catalogue = sources.catalogue.content as Catalogue;
  const questionnaire = sources.questionnaire.content as Questionnaire;
  return {
    version: catalogue.version,
    hash: fingerprint(allSources(sources)),
    rules: sources.files.flatMap(({ file, content }) => (content as { rules: Rule[] }).rules.map((rule) => ({ ...rule, file }))),
    catalogue,
    questionnaire,
    answerWords: answerWordsOf(questionnaire),
    regions: sources.regions.content as RegionsFile,
    messages: Object.assign({}, ...sources.words.map((w) => w.content)) as Messages,
    language: sources.language,
  };
}
