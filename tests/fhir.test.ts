import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT, runCli } from '../src/cli/run-cli';
import {
  ANSWER_FIELDS,
  answersFromFhir,
  createTriage,
  jsonRulesEngine,
  fhirBundle,
  fhirQuestionnaire,
  isEnabled,
  optionsOf,
  RED_FLAG_FIELDS,
  validateAnswers,
  type AnswersInput,
  type TriageResult,
} from '../src/triage';
import type {
  AnswersBundle,
  AnswerValue,
  ClinicalImpression,
  FhirEnableWhen,
  FhirQuestionnaireItem,
  ResponseItem,
} from '../src/triage/fhir';
import { answerSystem, NONE_CODE, QUESTIONNAIRE_URL, YES_NO_SYSTEM } from '../src/triage/fhir/answer-codes';
import { CAUSE_SYSTEM, DISPOSITION_SYSTEM, EXTENSION } from '../src/triage/fhir/to-bundle';
import { answersArbitrary } from './helpers/answer-arbitrary';
import { benignAnswers } from './helpers/answers';
import { loadFhirValidator, type FhirValidator } from './helpers/fhir-validator';
import { ruleSet, triageAnswers } from './helpers/triage';
import { vignetteFiles } from './helpers/vignettes';

const root = join(import.meta.dirname, '..');
const triage = createTriage(ruleSet, jsonRulesEngine);
const questionnaire = fhirQuestionnaire(ruleSet);
const groups = questionnaire.item;
const questions = groups.flatMap((group) => group.item ?? []);

let validate: FhirValidator;
let indexSeconds = 0;
beforeAll(async () => {
  const started = performance.now();
  validate = await loadFhirValidator();
  indexSeconds = (performance.now() - started) / 1000;
}, 60_000);

/** The answers of a response, by linkId, from every group. */
const answersIn = (items: ResponseItem[] = []): Map<string, AnswerValue[]> =>
  new Map(items.flatMap((group) => (group.item ?? []).map((item) => [item.linkId, item.answer ?? []] as const)));

const exported = async (answers: AnswersInput): Promise<{ result: TriageResult; bundle: AnswersBundle }> => {
  const result = await triageAnswers(answers);
  // Through JSON, as a file would carry it: no undefined, no shared objects.
  return { result, bundle: JSON.parse(JSON.stringify(fhirBundle(ruleSet, answers, result))) as AnswersBundle };
};

describe('the questionnaire as a FHIR R4 Questionnaire', () => {
  it('is current: docs/fhir/questionnaire.json is what npm run fhir:questionnaire writes now', () => {
    const committed = JSON.parse(readFileSync(join(root, 'docs', 'fhir', 'questionnaire.json'), 'utf8'));
    expect(committed, 'docs/fhir/questionnaire.json is stale: run npm run fhir:questionnaire').toStrictEqual(questionnaire);
  });

  it('validates, with every required binding of R4 met', () => {
    expect(validate(questionnaire)).toEqual([]);
    console.log(`FHIR validator: R4 indexed in ${indexSeconds.toFixed(2)} s`);
  });

  it('is checked by a validator that refuses what R4 refuses (structure, invariants, required codes, references)', () => {
    const broken = structuredClone(questionnaire) as unknown as Record<string, unknown> & { item: Record<string, unknown>[] };
    broken.status = 'published';
    broken.item[0]!.type = 'section';
    broken.item[1]!.item = [];
    const problems = validate(broken as never).join('\n');
    expect(problems).toMatch(/Questionnaire\.status: "published" is not a code/);
    expect(problems).toMatch(/Questionnaire\.item\[0\]\.type: "section" is not a code/);
    expect(problems).toMatch(/Questionnaire\.item\[1\]: Constraint que-1 not met/);
    const dangling = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:1',
          resource: {
            resourceType: 'ClinicalImpression',
            status: 'completed',
            subject: { display: 'x' },
            investigation: [{ code: { text: 'x' }, item: [{ reference: 'urn:uuid:2' }] }],
          },
        },
      ],
    };
    expect(validate(dangling).join('\n')).toMatch(/Invalid reference: got "urn:uuid:2"/);
    expect(
      validate({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: [{ linkId: 'a', answer: [{ valueInteger: 1.5 }] }],
      } as never),
    ).not.toEqual([]);
  });

  it('is versioned with the rules, active, at its canonical url', () => {
    expect(questionnaire).toMatchObject({ url: QUESTIONNAIRE_URL, version: ruleSet.version, status: 'active' });
  });

  it('has a group per page and every contract field as a question of its page, typed from its kind', () => {
    expect(groups.map((g) => [g.linkId, g.text, g.type])).toEqual(
      ruleSet.questionnaire.pages.map((p) => [p.id, p.title, 'group']),
    );
    expect(questions.map((q) => q.linkId).sort()).toEqual([...ANSWER_FIELDS].sort());
    for (const page of ruleSet.questionnaire.pages) {
      const group = groups.find((g) => g.linkId === page.id)!;
      for (const [i, item] of page.items.entries()) {
        const question = group.item![i]!;
        const options = optionsOf(ruleSet.questionnaire, item);
        const numbers = item.kind === 'number' || options.every((o) => typeof o.value === 'number');
        const decimals = item.kind === 'number' && item.decimals;
        expect(question, item.field).toMatchObject({
          linkId: item.field,
          text: item.text,
          type: decimals ? 'decimal' : numbers ? 'integer' : 'choice',
        });
        expect(question.required ?? false, item.field).toBe(item.required ?? false);
        expect(question.repeats ?? false, item.field).toBe(item.kind === 'checkboxes' || item.kind === 'body-map');
        const none = item.kind === 'checkboxes' && item.none ? 1 : 0;
        expect(question.answerOption?.length ?? 0, item.field).toBe(options.length + none);
      }
    }
  });

  it('offers "not sure" on every red flag as a coding of its own: no yes/no question is a boolean', () => {
    expect(questions.filter((q) => (q.type as string) === 'boolean')).toEqual([]);
    for (const field of RED_FLAG_FIELDS) {
      const codes = questions.find((q) => q.linkId === field)!.answerOption!.map((o) => 'valueCoding' in o && o.valueCoding);
      expect(codes, field).toEqual([
        expect.objectContaining({ system: YES_NO_SYSTEM, code: 'yes' }),
        expect.objectContaining({ system: YES_NO_SYSTEM, code: 'no' }),
        expect.objectContaining({ system: YES_NO_SYSTEM, code: 'unsure', display: 'Not sure' }),
      ]);
    }
  });

  it('carries every enableWhen, in order, with its answer in FHIR terms', () => {
    const nodes = ruleSet.questionnaire.pages.flatMap((page) => [
      [page, groups.find((g) => g.linkId === page.id)!] as const,
      ...page.items.map((item) => [item, questions.find((q) => q.linkId === item.field)!] as const),
    ]);
    let carried = 0;
    for (const [node, fhir] of nodes) {
      const ours = node.enableWhen ?? [];
      const theirs: FhirEnableWhen[] = fhir.enableWhen ?? [];
      expect(
        theirs.map((c) => [c.question, c.operator]),
        fhir.linkId,
      ).toEqual(ours.map((c) => [c.question, c.operator]));
      for (const [i, c] of ours.entries()) {
        const [key, value] = Object.entries(theirs[i]!).find(([k]) => k.startsWith('answer'))!;
        const asked = questions.find((q) => q.linkId === c.question)!;
        const expectedKey =
          c.operator === 'exists'
            ? 'answerBoolean'
            : asked.type === 'choice'
              ? 'answerCoding'
              : `answer${asked.type[0]!.toUpperCase()}${asked.type.slice(1)}`;
        expect(key, `${fhir.linkId} › ${c.question}`).toBe(expectedKey);
        const code = typeof value === 'object' && value !== null ? (value as { code: string }).code : value;
        const expected = c.operator === 'exists' ? c.answer : c.answer === true ? 'yes' : c.answer === false ? 'no' : c.answer;
        expect(code, `${fhir.linkId} › ${c.question}`).toBe(expected);
        carried++;
      }
      expect(fhir.enableBehavior, fhir.linkId).toBe(ours.length > 1 ? (node.enableBehavior ?? 'all') : undefined);
    }
    expect(carried).toBe(
      ruleSet.questionnaire.pages.flatMap((p) => [p, ...p.items]).reduce((n, x) => n + (x.enableWhen?.length ?? 0), 0),
    );
    expect(carried).toBeGreaterThan(0);
  });

  it('enables exactly the pages and questions the app asks, for any answers, read as FHIR reads enableWhen', async () => {
    const holds = (c: FhirEnableWhen, answers: Map<string, AnswerValue[]>) => {
      const given = answers.get(c.question) ?? [];
      if ('answerBoolean' in c) return given.length > 0 === c.answerBoolean;
      if (given.length === 0) return false;
      const equal = given.some((a) =>
        'answerCoding' in c
          ? 'valueCoding' in a && a.valueCoding.system === c.answerCoding.system && a.valueCoding.code === c.answerCoding.code
          : 'answerInteger' in c
            ? 'valueInteger' in a && a.valueInteger === c.answerInteger
            : 'valueDecimal' in a && a.valueDecimal === c.answerDecimal,
      );
      return c.operator === '=' ? equal : !equal;
    };
    const fhirEnabled = (node: FhirQuestionnaireItem, answers: Map<string, AnswerValue[]>) => {
      if (!node.enableWhen) return true;
      const results = node.enableWhen.map((c) => holds(c, answers));
      return node.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
    };
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        const { bundle } = await exported(answers);
        const given = answersIn(bundle.entry[0].resource.item);
        for (const page of ruleSet.questionnaire.pages) {
          const group = groups.find((g) => g.linkId === page.id)!;
          expect(fhirEnabled(group, given), page.id).toBe(isEnabled(page, answers));
          for (const item of page.items) {
            const question = group.item!.find((q) => q.linkId === item.field)!;
            expect(fhirEnabled(question, given), item.field).toBe(isEnabled(item, answers));
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

const files = Object.entries(vignetteFiles());

describe.each(files)('every vignette of %s as a FHIR Bundle', (_file, vignettes) => {
  it.each(vignettes.map((v) => [v.id, v] as const))('%s', async (_id, vignette) => {
    const { result, bundle } = await exported(vignette.answers);
    expect(validate(bundle), 'the Bundle').toEqual([]);
    for (const entry of bundle.entry) expect(validate(entry.resource, bundle), entry.resource.resourceType).toEqual([]);

    const [response, assessment] = bundle.entry;
    expect(bundle).toMatchObject({ type: 'collection', timestamp: expect.any(String) });
    expect([response.fullUrl, assessment.fullUrl]).toEqual([
      expect.stringMatching(/^urn:uuid:/),
      expect.stringMatching(/^urn:uuid:/),
    ]);

    // Every answered field, each under its page's group, and no boolean anywhere.
    const given = answersIn(response.resource.item);
    expect([...given.keys()].sort()).toEqual(Object.keys(vignette.answers).sort());
    expect(JSON.stringify(response.resource)).not.toContain('valueBoolean');
    for (const [field, value] of Object.entries(vignette.answers)) {
      if (value === 'unsure')
        expect(given.get(field), field).toEqual([{ valueCoding: expect.objectContaining({ code: 'unsure' }) }]);
      if (Array.isArray(value) && value.length === 0) {
        expect(given.get(field), field).toEqual([{ valueCoding: expect.objectContaining({ code: NONE_CODE }) }]);
      }
    }

    // The result: its level, its causes with "because you said …", from the answers, by the rules that gave it.
    const impression = assessment.resource;
    const extension = (url: string) => impression.extension.find((e) => e.url === url);
    expect(extension(EXTENSION.disposition)?.valueCodeableConcept?.coding?.[0]).toMatchObject({
      system: DISPOSITION_SYSTEM,
      code: result.disposition,
    });
    expect(impression.summary).toMatch(/^(Emergency|Urgent|See a doctor|Self-care)/);
    expect(extension(EXTENSION.rulesVersion)?.valueString).toBe(ruleSet.version);
    expect(extension(EXTENSION.rulesFingerprint)?.valueString).toBe(ruleSet.hash);
    expect(impression.investigation[0]?.item).toEqual([expect.objectContaining({ reference: response.fullUrl })]);
    expect((impression.finding ?? []).map((f) => f.itemCodeableConcept.coding?.[0])).toEqual(
      result.causes.map((c) => ({ system: CAUSE_SYSTEM, code: c.id, display: c.name })),
    );
    for (const [i, cause] of result.causes.entries()) {
      for (const because of cause.because) expect(impression.finding![i]!.basis).toContain(because.said);
    }

    // Read back: the same answers, through the contract, and the same result.
    const back = answersFromFhir(ruleSet.questionnaire, bundle);
    expect(back).toEqual(validateAnswers(vignette.answers));
    if (back.ok) expect(await triage(back.answers)).toEqual(result);
  });
});

describe('a check-in as a FHIR Bundle', () => {
  const first = vignetteFiles()['rules.json']!.find((v) => v.id === 'rule-doms')!.answers;
  const second = vignetteFiles()['rules.json']!.find((v) => v.id === 'checkin-doms-day-4-same')!.answers;
  const third = { ...second, visit: 3, painDays: 5, trend: 'better' as const };

  it('holds a QuestionnaireResponse per visit, dated, the visit marked, and the result of the latest', async () => {
    const result = await triageAnswers(third);
    const earlier = [
      { answers: first, date: '2026-12-03' },
      { answers: second, date: '2026-12-05' },
    ];
    const bundle = JSON.parse(JSON.stringify(fhirBundle(ruleSet, third, result, { earlier }))) as AnswersBundle;
    expect(validate(bundle), 'the Bundle').toEqual([]);
    for (const entry of bundle.entry) expect(validate(entry.resource, bundle), entry.resource.resourceType).toEqual([]);

    const responses = bundle.entry.filter((entry) => entry.resource.resourceType === 'QuestionnaireResponse');
    expect(responses).toHaveLength(3);
    const [, impression, ...before] = bundle.entry;
    expect(before.map((entry) => (entry.resource as { authored: string }).authored)).toEqual(['2026-12-03', '2026-12-05']);
    expect(answersIn((responses[0]!.resource as { item: ResponseItem[] }).item).get('visit')).toEqual([{ valueInteger: 3 }]);
    expect(
      (impression.resource as { investigation: { item: { reference: string }[] }[] }).investigation[0]!.item.map(
        (i) => i.reference,
      ),
    ).toEqual([responses[0]!.fullUrl, ...before.map((entry) => entry.fullUrl)]);

    // Read back, the latest visit is the one triaged again, to the same result.
    const back = answersFromFhir(ruleSet.questionnaire, bundle);
    expect(back).toEqual(validateAnswers(third));
    if (back.ok) expect(await triageAnswers(back.answers)).toEqual(result);
    expect(result.disposition).toBe('doctor');
  });

  it('marks which visit it is as a hidden question in the FHIR Questionnaire', () => {
    const visit = questionnaire.item.flatMap((group) => group.item ?? []).find((item) => item.linkId === 'visit');
    expect(visit).toMatchObject({
      type: 'integer',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true }],
    });
  });

  it('refuses several responses when no ClinicalImpression says which was assessed', () => {
    const response = { resourceType: 'QuestionnaireResponse', questionnaire: QUESTIONNAIRE_URL, status: 'completed', item: [] };
    const check = answersFromFhir(ruleSet.questionnaire, {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: response }, { resource: response }],
    });
    expect(check).toMatchObject({ ok: false, problems: [{ field: 'Bundle', problem: expect.stringMatching(/holds 2/) }] });
  });
});

/** The command line's own entry in-process; what it said, and the exit code. */
async function run(args: string[], text: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { readFile: () => text, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

/** The real command, as the README states it. */
function triageCommand(args: string[], stdin?: string) {
  const result = spawnSync('npm', ['run', '--silent', 'triage', '--', ...args], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 1 << 26,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run triage -- --fhir and --from-fhir', { timeout: 60_000 }, () => {
  const publicVignettes = vignetteFiles()['public.json']!;

  it('prints a valid Bundle per public vignette, and reading them back gives the same levels as the answers do', () => {
    const answers = JSON.stringify(publicVignettes.map((v) => v.answers));
    const fhir = triageCommand(['--fhir', '-'], answers);
    expect([fhir.code, fhir.err]).toEqual([0, '']);
    const bundles = JSON.parse(fhir.out) as AnswersBundle[];
    expect(bundles).toHaveLength(publicVignettes.length);
    for (const bundle of bundles) expect(validate(bundle)).toEqual([]);

    const back = triageCommand(['--from-fhir', '-'], fhir.out);
    expect([back.code, back.err]).toEqual([0, '']);
    const plain = triageCommand(['-'], answers);
    const levels = (out: string) => (JSON.parse(out) as TriageResult[]).map((r) => r.disposition);
    expect(levels(back.out)).toEqual(levels(plain.out));
    expect(levels(back.out)).toEqual(publicVignettes.map((v) => v.expect.disposition));
  });

  it('names the region the person was given numbers for, in a valid Bundle, claiming no number where none is known', () => {
    const answers = JSON.stringify(publicVignettes[0]!.answers);
    const impression = (args: string[]) => {
      const { code, out } = triageCommand([...args, '--fhir', '-'], answers);
      expect(code).toBe(0);
      const bundle = JSON.parse(out) as AnswersBundle;
      expect(validate(bundle)).toEqual([]);
      return bundle.entry[1].resource;
    };
    const regionOf = (resource: ClinicalImpression) => resource.extension.find((e) => e.url.endsWith('/region'));
    const uk = impression(['--region', 'uk']);
    expect(regionOf(uk)?.valueCoding).toMatchObject({ code: 'uk', display: expect.stringContaining('emergency number 999') });
    expect(uk.note).toContainEqual({ text: 'Told to call emergency number 999; for help the same day, NHS 111 on 111.' });
    const elsewhere = impression([]);
    expect(regionOf(elsewhere)?.valueCoding).toMatchObject({
      code: 'other',
      display: 'Told to call their local emergency number (112 from most mobile phones).',
    });
  });

  it('reads a bare QuestionnaireResponse from a file and prints one result', async () => {
    const { bundle, result } = await exported(benignAnswers({ chestPain: 'unsure' }));
    const file = join(mkdtempSync(join(tmpdir(), 'triage-fhir-')), 'response.json');
    writeFileSync(file, JSON.stringify(bundle.entry[0].resource));
    const back = triageCommand(['--from-fhir', file]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.out)).toEqual({ ...result, contacts: { region: 'other', emergency: { dial: '112' } } });
    expect(result.disposition).toBe('urgent');
  });

  it('says how to use it, on --help and on a wrong option', async () => {
    const help = await run(['--help'], '');
    expect(help.code).toBe(EXIT.ok);
    expect(help.out).toMatch(/--fhir FILE .*\n.*--from-fhir FILE/);
    for (const args of [['--fhri', 'a.json'], ['--fhir'], ['--fhir', 'a.json', 'b.json']]) {
      const wrong = await run(args, '{}');
      expect([wrong.code, wrong.out], args.join(' ')).toEqual([EXIT.badInput, '']);
      expect(wrong.err).toMatch(/^usage: /);
    }
  });
});

describe('--from-fhir refuses what it cannot read with certainty', () => {
  let bundle: AnswersBundle;
  beforeAll(async () => {
    bundle = (await exported(benignAnswers({ sittingHours: 6, exercises: ['rows'], history: [] }))).bundle;
  });
  const copy = () => structuredClone(bundle);
  const question = (b: AnswersBundle, linkId: string) =>
    b.entry[0].resource.item.flatMap((g) => g.item ?? []).find((item) => item.linkId === linkId)!;
  const answer = (b: AnswersBundle, linkId: string, ...answers: unknown[]) => {
    question(b, linkId).answer = answers as AnswerValue[];
    return b;
  };
  const yes = { valueCoding: { system: YES_NO_SYSTEM, code: 'yes' } };

  const cases: [string, () => unknown, RegExp][] = [
    [
      'another resource',
      () => ({ resourceType: 'Patient' }),
      /^resourceType: must be a FHIR Bundle or QuestionnaireResponse \(got "Patient"\)$/m,
    ],
    [
      'a Bundle without a response',
      () => ({ ...copy(), entry: [copy().entry[1]] }),
      /^Bundle: must hold one QuestionnaireResponse \(holds none\)$/m,
    ],
    ['a Bundle with two', () => ({ ...copy(), entry: [copy().entry[0], copy().entry[0]] }), /holds 2 \(entries 0, 1\)/],
    [
      'an unknown linkId',
      () => {
        const b = copy();
        question(b, 'chestPain').linkId = 'chestpain';
        return b;
      },
      /\(chestpain\): unknown linkId "chestpain": not a question of the questionnaire$/m,
    ],
    [
      'a boolean for a yes/no/not sure',
      () => answer(copy(), 'chestPain', { valueBoolean: false }),
      /\(chestPain\)\.answer\[0\]: must hold one valueCoding \(got valueBoolean\)$/m,
    ],
    [
      'an unknown code',
      () => answer(copy(), 'chestPain', { valueCoding: { system: YES_NO_SYSTEM, code: 'maybe' } }),
      /unknown coding "maybe"/,
    ],
    [
      'a code of another system',
      () => answer(copy(), 'chestPain', { valueCoding: { system: 'http://loinc.org', code: 'LA33-6' } }),
      /unknown coding "LA33-6" from "http:\/\/loinc.org"/,
    ],
    [
      'a whole number for a decimal',
      () => answer(copy(), 'sittingHours', { valueInteger: 6 }),
      /\(sittingHours\)\.answer\[0\]: must hold one valueDecimal \(got valueInteger\)/,
    ],
    [
      'a pain score not offered',
      () => answer(copy(), 'severity', { valueInteger: 11 }),
      /must be one of 0, 1, 2, .*10 \(got 11\)/,
    ],
    ['a fraction of a day', () => answer(copy(), 'painDays', { valueInteger: 1.5 }), /must be a whole number \(got 1.5\)/],
    ['two answers to one question', () => answer(copy(), 'fever', yes, yes), /\(fever\)\.answer: takes one answer \(got 2\)/],
    [
      '"none" with an answer',
      () =>
        answer(
          copy(),
          'history',
          { valueCoding: { system: answerSystem('history'), code: NONE_CODE } },
          { valueCoding: { system: answerSystem('history'), code: 'cancer' } },
        ),
      /cannot be given with other answers/,
    ],
    [
      'another questionnaire',
      () => ({ ...copy().entry[0].resource, questionnaire: 'http://example.com/Questionnaire/phq-9' }),
      /^QuestionnaireResponse\.questionnaire: must be https:.*\(got "http:\/\/example.com\/Questionnaire\/phq-9"\)$/m,
    ],
    [
      'answers not finished',
      () => ({ ...copy().entry[0].resource, status: 'in-progress' }),
      /status: must be "completed" or "amended"/,
    ],
    [
      'a question outside its page',
      () => {
        const b = copy();
        b.entry[0].resource.item.push({ linkId: 'chestPain', answer: [yes] });
        return b;
      },
      /is a question: it belongs inside the group "heart-signs"/,
    ],
  ];

  it.each(cases)('%s: exit 2, the problem named, nothing printed', async (_name, make, said) => {
    const { code, out, err } = await run(['--from-fhir', 'in.json'], JSON.stringify(make()));
    expect([code, out]).toEqual([EXIT.badInput, '']);
    expect(err).toMatch(/^the FHIR input cannot be read as answers to this questionnaire:\n/);
    expect(err).toMatch(said);
  });

  it('refuses text that is not JSON, and answers that break the contract, as the plain command line does', async () => {
    const notJson = await run(['--from-fhir', 'in.json'], '{"resourceType": "Bundle",');
    expect([notJson.code, notJson.out]).toEqual([EXIT.badInput, '']);
    expect(notJson.err).toMatch(/^in\.json is not valid JSON/);

    const b = copy();
    b.entry[0].resource.item[0]!.item = b.entry[0].resource.item[0]!.item!.filter((item) => item.linkId !== 'chestPain');
    const missing = await run(['--from-fhir', 'in.json'], JSON.stringify([copy(), b]));
    expect([missing.code, missing.out]).toEqual([EXIT.badInput, '']);
    expect(missing.err).toBe('the answers break the contract:\n[1] chestPain: is required but missing\n');
  });

  it('exits 3 with no result when the rules cannot be loaded', async () => {
    const out: string[] = [];
    const code = await runCli(
      ['--from-fhir', 'in.json'],
      { readFile: () => JSON.stringify(bundle), out: (t) => out.push(t), err: () => {} },
      () => {
        throw new Error('The triage rules are broken');
      },
    );
    expect([code, out]).toEqual([EXIT.failed, []]);
  });
});

describe('ids', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const ids = (b: AnswersBundle) => [b.identifier.value, ...b.entry.map((e) => e.fullUrl)];
  const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  const webCrypto = globalThis.crypto;
  it.each([
    ['crypto.randomUUID', {}],
    [
      'crypto.getRandomValues alone (a page not served over HTTPS)',
      { crypto: { getRandomValues: (b: Uint8Array) => webCrypto.getRandomValues(b) } },
    ],
  ])('are distinct UUIDs from %s', async (_how, globals) => {
    const { result } = await exported(benignAnswers());
    for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
    const made = [
      fhirBundle(ruleSet, benignAnswers(), result),
      fhirBundle(ruleSet, benignAnswers(), result, { now: new Date(0) }),
    ];
    vi.unstubAllGlobals();
    for (const bundle of made) {
      expect(
        ids(bundle).every((id) => uuid.test(id)),
        ids(bundle).join(' '),
      ).toBe(true);
      expect(new Set(ids(bundle)).size).toBe(3);
    }
    expect(ids(made[0]!)).not.toEqual(ids(made[1]!));
  });

  it("are the caller's when given, with the time", async () => {
    const { result } = await exported(benignAnswers());
    let n = 0;
    const bundle = fhirBundle(ruleSet, benignAnswers(), result, {
      now: new Date('2026-01-02T03:04:05Z'),
      newId: () => `id-${n++}`,
    });
    expect(ids(bundle)).toEqual(['urn:uuid:id-0', 'urn:uuid:id-1', 'urn:uuid:id-2']);
    expect(bundle.timestamp).toBe('2026-01-02T03:04:05.000Z');
    expect(bundle.entry[0].resource.authored).toBe(bundle.timestamp);
  });

  it('refuse a result worked out with other rules', async () => {
    const { result } = await exported(benignAnswers());
    expect(() => fhirBundle(ruleSet, benignAnswers(), { ...result, rules: { ...result.rules, hash: '00000000' } })).toThrow(
      /other rules|not these/,
    );
  });
});
