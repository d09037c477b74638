import { fieldLabel } from '../answer-labels';
import type { AnswerField, AnswersInput, Disposition } from '../contract';
import type { CauseResult, TriageResult } from '../result';
import type { CareContacts } from '../regions';
import type { RuleSet } from '../rule-set';
import { sayIn } from '../message-ids';
import type { Messages } from '../words';
import { FHIR_BASE, fhirAnswer, questionCodes, QUESTIONNAIRE_URL, type QuestionCodes } from './answer-codes';
import type { AnswersBundle, AnswerValue, ClinicalImpression, Coding, QuestionnaireResponse, ResponseItem } from './fhir-types';
import { newId as randomId } from './uuid';

export const DISPOSITION_SYSTEM = `${FHIR_BASE}/CodeSystem/disposition`;
export const CAUSE_SYSTEM = `${FHIR_BASE}/CodeSystem/cause`;
const CAUSE_KIND_SYSTEM = `${FHIR_BASE}/CodeSystem/cause-kind`;
const CAUSE_KINDS: Record<CauseResult['kind'], Coding> = {
  serious: { system: CAUSE_KIND_SYSTEM, code: 'serious', display: 'A serious cause it must not miss' },
  likely: { system: CAUSE_KIND_SYSTEM, code: 'likely', display: 'A likely cause' },
};
export const EXTENSION = {
  disposition: `${FHIR_BASE}/StructureDefinition/disposition`,
  causeLevel: `${FHIR_BASE}/StructureDefinition/cause-level`,
  causeKind: `${FHIR_BASE}/StructureDefinition/cause-kind`,
  rulesVersion: `${FHIR_BASE}/StructureDefinition/rules-version`,
  rulesFingerprint: `${FHIR_BASE}/StructureDefinition/rules-fingerprint`,
  region: `${FHIR_BASE}/StructureDefinition/region`,
} as const;
const REGION_SYSTEM = `${FHIR_BASE}/CodeSystem/region`;

/** The level of care in words, for the clinician reading the record. */
const levelWords = (messages: Messages, level: Disposition) => sayIn(messages, `level.${level}.name`);

const levelCoding = (messages: Messages, level: Disposition): Coding => ({
  system: DISPOSITION_SYSTEM,
  code: level,
  display: levelWords(messages, level),
});

/** An earlier visit for the same pain (a check-in's timeline): its answers and its day. */
interface EarlierVisit {
  answers: Partial<AnswersInput>;
  /** YYYY-MM-DD */
  date: string;
}

interface FhirExportOptions {
  /** When the answers were given and the Bundle made; now if absent. */
  now?: Date;
  /** At a check-in, the visits before, oldest first: a QuestionnaireResponse each. */
  earlier?: EarlierVisit[];
  /** Makes the ids of the entries (UUIDs); random ones if absent. */
  newId?: () => string;
  /** Where the person said they are, and so the numbers they were given. */
  contacts?: CareContacts;
}

/** The numbers the person was told to call, in words for the clinician: no number is claimed where none is known. */
function contactsText({ emergency, sameDayLine }: CareContacts): string {
  const call = emergency.display
    ? `emergency number ${emergency.display}`
    : `their local emergency number (${emergency.dial} from most mobile phones)`;
  return `Told to call ${call}${sameDayLine ? `; for help the same day, ${sameDayLine.name} on ${sameDayLine.display}` : ''}.`;
}

const regionExtension = (contacts: CareContacts) => ({
  url: EXTENSION.region,
  valueCoding: { system: REGION_SYSTEM, code: contacts.region, display: contactsText(contacts) },
});

function responseAnswers(question: QuestionCodes, value: unknown): AnswerValue[] | undefined {
  const values = Array.isArray(value) ? value : [value];
  // An empty list is said with the question's "none" coding; a list question without one cannot say it, so it is left out.
  if (Array.isArray(value) && value.length === 0) return question.none ? [{ valueCoding: question.none }] : undefined;
  return values.map((v) => {
    const answer = fhirAnswer(question, v);
    if (!answer) throw new Error(`FHIR: ${question.field}: ${JSON.stringify(v)} is not an answer the questionnaire offers`);
    return answer;
  });
}

/**
 * The answers as a QuestionnaireResponse: a group per page with the fields answered on it, in the
 * questionnaire's order. Every answer given is kept, even one the web app would not have asked
 * (the command line takes any answers the contract allows), so the same answers give the same
 * result when read back; a receiver that checks enableWhen strictly may flag those.
 */
function questionnaireResponse(ruleSet: RuleSet, answers: Partial<AnswersInput>, authored: string): QuestionnaireResponse {
  const codes = questionCodes(ruleSet.questionnaire);
  for (const [field, value] of Object.entries(answers)) {
    if (value !== undefined && !codes.has(field as AnswerField)) throw new Error(`FHIR: no question asks for ${field}`);
  }
  const item: ResponseItem[] = [];
  for (const page of ruleSet.questionnaire.pages) {
    const answered: ResponseItem[] = [];
    for (const { field, text } of page.items) {
      const value = answers[field];
      const answer = value === undefined ? undefined : responseAnswers(codes.get(field)!, value);
      if (answer) answered.push({ linkId: field, text, answer });
    }
    if (answered.length > 0) item.push({ linkId: page.id, text: page.title, item: answered });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${QUESTIONNAIRE_URL}|${ruleSet.version}`,
    status: 'completed',
    authored,
    item,
  };
}

function basis(ruleSet: RuleSet, cause: CauseResult): string {
  const parts = cause.because.length > 0 ? [`Because you said: ${cause.because.map((b) => b.said).join('; ')}.`] : [];
  if (cause.notSure.length > 0) {
    const labels = cause.notSure.map((field) => `“${fieldLabel(ruleSet.answerWords, field)}”`).join(', ');
    parts.push(`Only a possibility: it rests on “not sure” to ${labels}.`);
  }
  parts.push(`Rules: ${cause.rules.join(', ')}.`);
  return parts.join(' ');
}

/**
 * The result as a ClinicalImpression, the R4 resource with a place for each part of it: the
 * answers it was worked out from (`investigation`, pointing at the QuestionnaireResponse), the
 * rules it followed (`protocol`, with their version), each cause, serious or likely, with its
 * "because you said …" (`finding`: "considered likely or relevant", with its `basis`), and the
 * level of care (`summary`). RiskAssessment was the other candidate, but each of its predictions
 * is a likelihood, which rules do not give, and R4's own invariant ras-2, as a strict validator
 * reads it (only true passes), fails a prediction without a numeric probability. No assessor is
 * named, and the description says that no clinician made or reviewed it. The level, the rules'
 * version and fingerprint, and each cause's level and kind have no element of their own: they
 * ride in extensions, and in words for a reader that ignores extensions.
 */
function clinicalImpression(
  ruleSet: RuleSet,
  result: TriageResult,
  responseUrl: string,
  earlierUrls: string[],
  when: string,
  { contacts }: FhirExportOptions,
): ClinicalImpression {
  const { version, hash } = result.rules;
  const { messages } = ruleSet;
  const rules = `upper back triage rules ${version} (fingerprint ${hash})`;
  const notes = [
    ...result.ifYes.map(({ field, level }) => ({
      text: `Answered “not sure” to “${fieldLabel(ruleSet.answerWords, field)}”: a “yes” would give: ${levelWords(messages, level)}.`,
    })),
    ...(contacts ? [{ text: contactsText(contacts) }] : []),
  ];
  return {
    resourceType: 'ClinicalImpression',
    extension: [
      {
        url: EXTENSION.disposition,
        valueCodeableConcept: {
          coding: [levelCoding(messages, result.disposition)],
          text: levelWords(messages, result.disposition),
        },
      },
      { url: EXTENSION.rulesVersion, valueString: version },
      { url: EXTENSION.rulesFingerprint, valueString: hash },
      ...(contacts ? [regionExtension(contacts)] : []),
    ],
    status: 'completed',
    code: { text: 'Triage of upper back pain after a workout' },
    description:
      `Worked out by software, the ${rules}, from the person's own answers; the most urgent finding sets the level. ` +
      'Not a diagnosis, and no clinician has made or reviewed it.',
    // The person is not identified: a receiving system links the record to its own patient.
    subject: { type: 'Patient', display: 'The person who answered (not identified)' },
    effectiveDateTime: when,
    date: when,
    investigation: [
      {
        code: { text: 'Triage questionnaire' },
        item: [
          { reference: responseUrl, type: 'QuestionnaireResponse', display: 'The answers' },
          ...earlierUrls.map((reference, i) => ({
            reference,
            type: 'QuestionnaireResponse',
            display: `The answers at visit ${i + 1} for the same pain`,
          })),
        ],
      },
    ],
    protocol: [`${FHIR_BASE}/rules|${version}`],
    summary: levelWords(messages, result.disposition),
    ...(result.causes.length > 0
      ? {
          finding: result.causes.map((cause) => ({
            extension: [
              { url: EXTENSION.causeLevel, valueCoding: levelCoding(messages, cause.level) },
              { url: EXTENSION.causeKind, valueCoding: CAUSE_KINDS[cause.kind] },
            ],
            itemCodeableConcept: { coding: [{ system: CAUSE_SYSTEM, code: cause.id, display: cause.name }], text: cause.name },
            basis: basis(ruleSet, cause),
          })),
        }
      : {}),
    ...(notes.length > 0 ? { note: notes } : {}),
  };
}

/**
 * The answers and their result as a FHIR R4 Bundle (type collection) for a clinician's system: a
 * QuestionnaireResponse to the questionnaire of `fhirQuestionnaire`, and a ClinicalImpression made
 * from it. Entries are named by urn:uuid and refer to each other by it. Pure: no Node module, so the web
 * app can load it when the person asks for the file.
 */
export function fhirBundle(
  ruleSet: RuleSet,
  answers: Partial<AnswersInput>,
  result: TriageResult,
  options: FhirExportOptions = {},
): AnswersBundle {
  if (result.rules.hash !== ruleSet.hash) {
    throw new Error(`FHIR: the result comes from rules ${result.rules.hash}, not these (${ruleSet.hash})`);
  }
  const when = (options.now ?? new Date()).toISOString();
  const newId = options.newId ?? randomId;
  const [bundleId, responseUrl, assessmentUrl] = [newId(), `urn:uuid:${newId()}`, `urn:uuid:${newId()}`];
  const earlier = (options.earlier ?? []).map((visit) => ({ visit, url: `urn:uuid:${newId()}` }));
  return {
    resourceType: 'Bundle',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${bundleId}` },
    type: 'collection',
    timestamp: when,
    entry: [
      { fullUrl: responseUrl, resource: questionnaireResponse(ruleSet, answers, when) },
      {
        fullUrl: assessmentUrl,
        resource: clinicalImpression(
          ruleSet,
          result,
          responseUrl,
          earlier.map((e) => e.url),
          when,
          options,
        ),
      },
      ...earlier.map(({ visit, url }) => ({ fullUrl: url, resource: questionnaireResponse(ruleSet, visit.answers, visit.date) })),
    ],
  };
}
