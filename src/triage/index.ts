/** The triage core's public face: the command line and the web app import from here only. */
export * from './contract';
export { validateAnswers } from './validate-answers';
export { loadRuleSet } from './load-rules';
export { RuleSetError, type RuleSet, type RuleSource } from './rule-set';
export { openCheckedRules, type CheckedRules } from './checked-rules';
export { RULE_FILES, CATALOGUE_FILE, QUESTIONNAIRE_FILE, ENGLISH_TEXT, SHIPPED_SOURCES, shippedRuleSet } from './bundled-rules';
export { REGIONS_FILE, ENGLISH_IN_THE_APP } from './bundled-text';
export { messageIn, sayCount, sayIn, type MessageId } from './message-ids';
export { checkText, textMessages, type TextSource } from './load-text';
export { careContacts, regionsInWords, sameDayText, type Region } from './regions';
export type { RegionNumbers, RegionsFile } from './regions-schema';
export { UNKNOWN_REGION } from './check-regions';
export { partsOf } from './words';
export { createTriage, type Triage } from './triage';
export { jsonRulesEngine } from './evaluators/json-rules-engine';
export { compactEvaluator } from './evaluators/compact';
export type { RuleEvaluator } from './evaluators/fired-rule';
export type { TriageResult, CauseResult } from './result';
export type { Finding } from './engine';
export { fieldLabel, answerText, type AnswerWords } from './answer-labels';
export {
  answersInScope,
  emptyErrorOf,
  enabledPages,
  fieldsAskedAtCheckIn,
  inJourney,
  isCheckIn,
  isEnabled,
  isShown,
  itemsShown,
  journeyPages,
  optionsOf,
  visitNumber,
} from './questionnaire';
export type { AnswerOption, Questionnaire, QuestionnaireItem, QuestionnairePage } from './questionnaire-schema';
export { timeToAnswer } from './time-to-answer';
export { rulebook, type RulebookEntry } from './rulebook';
export { fhirQuestionnaire, fhirBundle, answersFromFhir } from './fhir';
