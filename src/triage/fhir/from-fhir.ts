import type { AnswerField, Answers } from '../contract';
import { isRecord, show, type FieldProblem } from '../issue-text';
import type { Questionnaire } from '../questionnaire-schema';
import { validateAnswers } from '../validate-answers';
import { NONE_CODE, questionCodes, QUESTIONNAIRE_URL, sameCoding, type QuestionCodes } from './answer-codes';
import type { Coding } from './fhir-types';

type FhirAnswersCheck =
  | { ok: true; answers: Answers }
  /** `fhir`: not a response to this questionnaire; `contract`: read, but the answers break the contract. */
  | { ok: false; breaks: 'fhir' | 'contract'; problems: FieldProblem[] };

const NONE = Symbol('none of these');
type Read = string | number | boolean | typeof NONE;

/** A linkId as given, unless it is long enough to flood the message. */
const shortText = (text: string) => (text.length <= 60 ? text : show(text));

const READABLE_STATUSES = ['completed', 'amended'];
const ANSWER_ELEMENTS = new Set(['id', 'extension']);

/** Reads one QuestionnaireResponse, noting every problem at its place; the answers found so far. */
class ResponseReader {
  readonly problems: FieldProblem[] = [];
  readonly answers: Record<string, unknown> = {};
  private readonly codes: Map<AnswerField, QuestionCodes>;
  private readonly pageIds: Set<string>;
  private readonly asked = new Set<string>();

  constructor(questionnaire: Questionnaire) {
    this.codes = questionCodes(questionnaire);
    this.pageIds = new Set(questionnaire.pages.map((page) => page.id));
  }

  private problem(field: string, problem: string) {
    this.problems.push({ field, problem });
  }

  read(response: Record<string, unknown>, at: string) {
    const { questionnaire, status, item } = response;
    const [url] = typeof questionnaire === 'string' ? questionnaire.split('|') : [];
    if (url !== QUESTIONNAIRE_URL) {
      this.problem(
        `${at}.questionnaire`,
        `must be ${QUESTIONNAIRE_URL}|version, the questionnaire these answers are for (got ${show(questionnaire)})`,
      );
    }
    if (typeof status !== 'string' || !READABLE_STATUSES.includes(status)) {
      this.problem(`${at}.status`, `must be "completed" or "amended": only finished answers are triaged (got ${show(status)})`);
    }
    if (item === undefined) return;
    if (!Array.isArray(item)) return this.problem(`${at}.item`, `must be a list of page groups (got ${show(item)})`);
    const seen = new Set<string>();
    item.forEach((group: unknown, i) => this.readGroup(group, `${at}.item[${i}]`, seen));
  }

  private linkIdOf(node: unknown, at: string): string | undefined {
    if (!isRecord(node)) return void this.problem(at, `must be an item, a JSON object (got ${show(node)})`);
    if (typeof node.linkId !== 'string') return void this.problem(`${at}.linkId`, `must be a text (got ${show(node.linkId)})`);
    return node.linkId;
  }

  private readGroup(group: unknown, at: string, seen: Set<string>) {
    const linkId = this.linkIdOf(group, at);
    if (linkId === undefined || !isRecord(group)) return;
    const where = `${at} (${shortText(linkId)})`;
    if (!this.pageIds.has(linkId)) {
      const question = this.codes.get(linkId as AnswerField);
      const problem = question
        ? `is a question: it belongs inside the group "${question.page.id}"`
        : `unknown linkId ${show(linkId)}: not a page of the questionnaire`;
      return this.problem(where, problem);
    }
    if (seen.has(linkId)) return this.problem(where, 'the page is given twice');
    seen.add(linkId);
    if (group.answer !== undefined) this.problem(`${where}.answer`, 'a page group takes no answer: its questions do');
    if (group.item === undefined) return;
    if (!Array.isArray(group.item)) return this.problem(`${where}.item`, `must be a list of questions (got ${show(group.item)})`);
    group.item.forEach((question: unknown, j) => this.readQuestion(question, `${at}.item[${j}]`, linkId));
  }

  private readQuestion(node: unknown, at: string, pageId: string) {
    const linkId = this.linkIdOf(node, at);
    if (linkId === undefined || !isRecord(node)) return;
    const where = `${at} (${shortText(linkId)})`;
    const question = this.codes.get(linkId as AnswerField);
    if (!question) return this.problem(where, `unknown linkId ${show(linkId)}: not a question of the questionnaire`);
    if (question.page.id !== pageId)
      return this.problem(where, `belongs inside the group "${question.page.id}", not "${pageId}"`);
    if (this.asked.has(linkId)) return this.problem(where, 'the question is given twice');
    this.asked.add(linkId);
    if (node.item !== undefined) this.problem(`${where}.item`, 'this question has no nested items');
    const { answer } = node;
    if (answer === undefined) return;
    if (!Array.isArray(answer)) return this.problem(`${where}.answer`, `must be a list of answers (got ${show(answer)})`);
    const values = answer.map((a: unknown, k) => this.readAnswer(question, a, `${where}.answer[${k}]`));
    if (values.some((v) => v === undefined) || values.length === 0) return;
    if (!question.repeats && values.length > 1) return this.problem(`${where}.answer`, `takes one answer (got ${values.length})`);
    if (values.includes(NONE) && values.length > 1) {
      return this.problem(
        `${where}.answer`,
        `"${NONE_CODE}" (${question.none?.display ?? 'none'}) cannot be given with other answers`,
      );
    }
    this.answers[linkId] = !question.repeats ? values[0] : values[0] === NONE ? [] : values;
  }

  private readAnswer(question: QuestionCodes, answer: unknown, at: string): Read | undefined {
    if (!isRecord(answer)) return void this.problem(at, `must be an answer, a JSON object (got ${show(answer)})`);
    const keys = Object.keys(answer);
    const valueKeys = keys.filter((key) => key.startsWith('value'));
    const other = keys.find((key) => !key.startsWith('value') && !ANSWER_ELEMENTS.has(key));
    if (other !== undefined) return void this.problem(`${at}.${other}`, 'is not read here: an answer holds only its value');
    if (valueKeys.length !== 1 || valueKeys[0] !== question.valueKey) {
      const got = valueKeys.length === 0 ? 'no value' : valueKeys.join(', ');
      return void this.problem(at, `must hold one ${question.valueKey} (got ${got})`);
    }
    const value = answer[question.valueKey];
    if (question.valueKey === 'valueCoding') return this.readCoding(question, value, `${at}.valueCoding`);
    if (typeof value !== 'number' || !Number.isFinite(value))
      return void this.problem(`${at}.${question.valueKey}`, `must be a number (got ${show(value)})`);
    if (question.valueKey === 'valueInteger' && !Number.isInteger(value)) {
      return void this.problem(`${at}.valueInteger`, `must be a whole number (got ${show(value)})`);
    }
    if (question.choices.length === 0) return value;
    const choice = question.choices.find((c) => c.value === value);
    if (choice) return choice.value;
    return void this.problem(
      `${at}.${question.valueKey}`,
      `must be one of ${question.choices.map((c) => String(c.value)).join(', ')} (got ${show(value)})`,
    );
  }

  private readCoding(question: QuestionCodes, coding: unknown, at: string): Read | undefined {
    const codes = [
      ...question.choices.map((c) => (c.fhir as { valueCoding: Coding }).valueCoding),
      ...(question.none ? [question.none] : []),
    ];
    const known = `${codes.map((c) => JSON.stringify(c.code)).join(', ')} from ${codes[0]?.system ?? 'nowhere'}`;
    if (!isRecord(coding) || typeof coding.system !== 'string' || typeof coding.code !== 'string') {
      return void this.problem(at, `must be a coding with a system and a code: one of ${known} (got ${show(coding)})`);
    }
    const given = { system: coding.system, code: coding.code };
    if (question.none && sameCoding(given, question.none)) return NONE;
    const choice = question.choices.find((c) => sameCoding(given, (c.fhir as { valueCoding: Coding }).valueCoding));
    if (choice) return choice.value;
    return void this.problem(at, `unknown coding ${show(coding.code)} from ${show(coding.system)}: must be one of ${known}`);
  }
}

/** The one QuestionnaireResponse of a Bundle (or the response itself), and where it sits. */
function findResponse(input: unknown, problems: FieldProblem[]): { response: Record<string, unknown>; at: string } | undefined {
  const wanted = 'must be a FHIR Bundle or QuestionnaireResponse';
  if (!isRecord(input)) return void problems.push({ field: '(input)', problem: `${wanted}, a JSON object (got ${show(input)})` });
  if (input.resourceType === 'QuestionnaireResponse') return { response: input, at: 'QuestionnaireResponse' };
  if (input.resourceType !== 'Bundle') {
    return void problems.push({ field: 'resourceType', problem: `${wanted} (got ${show(input.resourceType)})` });
  }
  if (!Array.isArray(input.entry)) {
    return void problems.push({ field: 'Bundle.entry', problem: `must be a list of entries (got ${show(input.entry)})` });
  }
  const found: number[] = [];
  input.entry.forEach((entry: unknown, i) => {
    const resource = isRecord(entry) ? entry.resource : undefined;
    if (!isRecord(resource) || typeof resource.resourceType !== 'string') {
      problems.push({ field: `Bundle.entry[${i}]`, problem: `must hold a resource (got ${show(entry)})` });
    } else if (resource.resourceType === 'QuestionnaireResponse') found.push(i);
  });
  if (problems.length > 0) return undefined;
  const chosen = found.length > 1 ? assessedResponse(input.entry, found) : found.length === 1 ? found[0] : undefined;
  if (chosen === undefined) {
    const which =
      found.length === 0
        ? 'none'
        : `${found.length} (entries ${found.join(', ')}), and no ClinicalImpression says which was assessed`;
    return void problems.push({ field: 'Bundle', problem: `must hold one QuestionnaireResponse (holds ${which})` });
  }
  const at = `Bundle.entry[${chosen}].resource`;
  return { response: (input.entry[chosen] as { resource: Record<string, unknown> }).resource, at };
}

/**
 * A Bundle of check-ins holds a QuestionnaireResponse per visit: the one to triage is the one its
 * ClinicalImpression was worked out from (its first investigation item), the latest.
 */
function assessedResponse(entries: unknown[], responses: number[]): number | undefined {
  const urlOf = (i: number) => (entries[i] as { fullUrl?: unknown }).fullUrl;
  const assessed = entries
    .map((entry) => (entry as { resource: Record<string, unknown> }).resource)
    .filter((resource) => resource.resourceType === 'ClinicalImpression')
    .map(
      (impression) =>
        (impression as { investigation?: { item?: { reference?: unknown }[] }[] }).investigation?.[0]?.item?.[0]?.reference,
    );
  const matching = responses.filter((i) => urlOf(i) !== undefined && assessed.includes(urlOf(i)));
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * Reads a Bundle as `fhirBundle` writes it (or a bare QuestionnaireResponse) back into contract
 * answers, then checks them with the answers contract, as any answers are. Anything it cannot read
 * with certainty (another questionnaire, an unknown linkId or coding, a value of the wrong type) is
 * a problem named by its place, never a guess; the ClinicalImpression is not read: the answers are
 * triaged again.
 */
export function answersFromFhir(questionnaire: Questionnaire, input: unknown): FhirAnswersCheck {
  const problems: FieldProblem[] = [];
  const found = findResponse(input, problems);
  if (!found) return { ok: false, breaks: 'fhir', problems };
  const reader = new ResponseReader(questionnaire);
  reader.read(found.response, found.at);
  if (reader.problems.length > 0) return { ok: false, breaks: 'fhir', problems: reader.problems };
  const check = validateAnswers(reader.answers);
  return check.ok ? check : { ok: false, breaks: 'contract', problems: check.problems };
}
