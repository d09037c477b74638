import { fhirBundle } from '../../../triage/fhir';
import { careContacts, type RuleSet, type TriageResult } from '../../../triage';
import type { AnswersDraft } from '../../lib/answers-draft';
import type { Visit } from '../../lib/check-ins';

/** Saves the answers and the result as a FHIR R4 Bundle, in a file on this device: nothing is uploaded anywhere. */
export function downloadFhir(rules: RuleSet, answers: AnswersDraft, result: TriageResult, earlier: Visit[], region: string) {
  const bundle = fhirBundle(rules, answers, result, {
    earlier: earlier.map(({ answers, date }) => ({ answers, date })),
    contacts: careContacts(rules.regions, region),
  });
  const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `upper-back-pain-answers-${bundle.timestamp.slice(0, 10)}.fhir.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
