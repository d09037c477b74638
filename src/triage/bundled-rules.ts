import catalogue from '../../rules/catalogue.json';
import checkIn from '../../rules/check-in.json';
import courseOfPain from '../../rules/course-of-pain.json';
import heartAndVessels from '../../rules/heart-and-vessels.json';
import infectionAndIllness from '../../rules/infection-and-illness.json';
import injury from '../../rules/injury.json';
import likelyCauses from '../../rules/likely-causes.json';
import lungs from '../../rules/lungs.json';
import questionnaire from '../../rules/questionnaire.json';
import englishLevels from '../../rules/text/en/levels.json';
import englishResult from '../../rules/text/en/result.json';
import muscleBreakdown from '../../rules/muscle-breakdown.json';
import spineAndNerves from '../../rules/spine-and-nerves.json';
import { ENGLISH_IN_THE_APP, REGIONS_FILE } from './bundled-text';
import type { TextSource } from './load-text';
import { loadRuleSet } from './load-rules';
import type { RuleSet, RuleSource, RuleSources } from './rule-set';

/**
 * The rule files, imported statically so the command line (tsx) and the web app (Vite) read the
 * very same files through one code path. A test keeps this list in step with `rules/`.
 */
export const RULE_FILES: RuleSource[] = [
  { file: 'heart-and-vessels.json', content: heartAndVessels },
  { file: 'lungs.json', content: lungs },
  { file: 'spine-and-nerves.json', content: spineAndNerves },
  { file: 'muscle-breakdown.json', content: muscleBreakdown },
  { file: 'infection-and-illness.json', content: infectionAndIllness },
  { file: 'injury.json', content: injury },
  { file: 'course-of-pain.json', content: courseOfPain },
  { file: 'likely-causes.json', content: likelyCauses },
  { file: 'check-in.json', content: checkIn },
];

export const CATALOGUE_FILE: RuleSource = { file: 'catalogue.json', content: catalogue };
export const QUESTIONNAIRE_FILE: RuleSource = { file: 'questionnaire.json', content: questionnaire };

/** The English words that come with the rules, in the rules data file: what a page with a result says. */
const ENGLISH_WITH_THE_RULES: RuleSource[] = [
  { file: 'levels.json', content: englishLevels },
  { file: 'result.json', content: englishResult },
];

/** Every English catalogue: the one every other language is checked against. */
export const ENGLISH_TEXT: TextSource = { language: 'en', files: [...ENGLISH_IN_THE_APP.files, ...ENGLISH_WITH_THE_RULES] };

/** What the shipped rule set is made of, as the build writes it into the rules data file. */
export const SHIPPED_SOURCES: RuleSources = {
  files: RULE_FILES,
  catalogue: CATALOGUE_FILE,
  questionnaire: QUESTIONNAIRE_FILE,
  regions: REGIONS_FILE,
  words: ENGLISH_WITH_THE_RULES,
  language: 'en',
};

let shipped: RuleSet | undefined;

/** The shipped rules, validated once; throws a RuleSetError naming every problem if they are broken. */
export function shippedRuleSet(): RuleSet {
  shipped ??= loadRuleSet(SHIPPED_SOURCES);
  return shipped;
}
