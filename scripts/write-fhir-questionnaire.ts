import { mkdirSync, writeFileSync } from 'node:fs';
import { fhirQuestionnaire, shippedRuleSet } from '../src/triage';

/** `npm run fhir:questionnaire`: writes docs/fhir/questionnaire.json, the questionnaire as a FHIR R4 Questionnaire. */
mkdirSync('docs/fhir', { recursive: true });
writeFileSync('docs/fhir/questionnaire.json', `${JSON.stringify(fhirQuestionnaire(shippedRuleSet()), null, 2)}\n`);
console.log('wrote docs/fhir/questionnaire.json');
