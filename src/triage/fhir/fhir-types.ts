/**
 * The few FHIR R4 shapes this tool writes and reads, typed by hand: only the elements used here.
 * (The full R4 typings would be types only, but this small set says exactly what is produced.)
 */

export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
}

interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

interface Reference {
  reference?: string;
  type?: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
}

interface Annotation {
  text: string;
}

/** An answer value in FHIR's shape: a Questionnaire's answerOption, or a response's answer. */
export type AnswerValue = { valueCoding: Coding } | { valueInteger: number } | { valueDecimal: number };

export type EnableWhenAnswer =
  { answerBoolean: boolean } | { answerCoding: Coding } | { answerInteger: number } | { answerDecimal: number };

export type FhirEnableWhen = { question: string; operator: 'exists' | '=' | '!=' } & EnableWhenAnswer;

export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  type: 'group' | 'choice' | 'integer' | 'decimal';
  required?: boolean;
  repeats?: boolean;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: AnswerValue[];
  extension?: Extension[];
  item?: FhirQuestionnaireItem[];
}

export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  subjectType: string[];
  description: string;
  purpose: string;
  item: FhirQuestionnaireItem[];
}

export interface ResponseItem {
  linkId: string;
  text?: string;
  answer?: AnswerValue[];
  item?: ResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'completed';
  authored: string;
  item: ResponseItem[];
}

export interface ClinicalImpression {
  resourceType: 'ClinicalImpression';
  extension: Extension[];
  status: 'completed';
  code: CodeableConcept;
  description: string;
  subject: Reference;
  effectiveDateTime: string;
  date: string;
  investigation: { code: CodeableConcept; item: Reference[] }[];
  protocol: string[];
  summary: string;
  finding?: { extension: Extension[]; itemCodeableConcept: CodeableConcept; basis: string }[];
  note?: Annotation[];
}

interface BundleEntry<R> {
  fullUrl: string;
  resource: R;
}

export interface AnswersBundle {
  resourceType: 'Bundle';
  identifier: { system: string; value: string };
  type: 'collection';
  timestamp: string;
  entry: [BundleEntry<QuestionnaireResponse>, BundleEntry<ClinicalImpression>, ...BundleEntry<QuestionnaireResponse>[]];
}
