import catalogue from '../../rules/catalogue.json';
import checkIn from '../../rules/check-in.json';
import courseOfPain from '../../rules/course-of-pain.json';
import heartAndVessels from '../../rules/heart-and-vessels.json';
import infectionAndIllness from '../../rules/infection-and-illness.json';
import injury from '../../rules/injury.json';
import likelyCauses from '../../rules/likely-causes.json';
import lungs from '../../rules/lungs.json';
import questionnaire from '../../rules/questionnaire.json';
import muscleBreakdown from '../../rules/muscle-breakdown.json';
import spineAndNerves from '../../rules/spine-and-nerves.json';
import { REGIONS_FILE } from './bundled-text';
import { loadRuleSet } from './load-rules';
import type { RuleSet, RuleSource } from './rule-set';

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

let shipped: RuleSet | undefined;

/** The shipped rules, validated once; throws a RuleSetError naming every problem if they are broken. */
export function shippedRuleSet(): RuleSet {
  shipped ??= loadRuleSet(RULE_FILES, CATALOGUE_FILE, QUESTIONNAIRE_FILE, REGIONS_FILE);
  return shipped;
}
