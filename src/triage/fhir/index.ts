/**
 * FHIR R4 for a clinician's system: the questionnaire as a Questionnaire, the answers and their
 * result as a Bundle, and such a Bundle read back into answers. Pure TypeScript with no Node module
 * and no FHIR library, so the web app can load it on demand.
 */
export { fhirQuestionnaire } from './to-questionnaire';
export { fhirBundle } from './to-bundle';
export { answersFromFhir } from './from-fhir';
export type * from './fhir-types';
