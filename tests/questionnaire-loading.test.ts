import { describe, expect, it } from 'vitest';
import {
  ANSWER_FIELDS,
  loadRuleSet,
  QUESTIONNAIRE_FILE,
  shippedRuleSet,
  type Questionnaire,
  type QuestionnaireItem,
  SHIPPED_SOURCES,
} from '../src/triage';
import { ruleSetProblems } from './helpers/rule-set-problems';

const shipped = () => structuredClone(QUESTIONNAIRE_FILE.content) as Questionnaire;
const problemsOf = (questionnaire: unknown) =>
  ruleSetProblems(() =>
    loadRuleSet({ ...SHIPPED_SOURCES, questionnaire: { file: 'questionnaire.json', content: questionnaire } }),
  );

function itemOf(questionnaire: Questionnaire, field: string): QuestionnaireItem {
  const item = questionnaire.pages.flatMap((page) => page.items).find((i) => i.field === field);
  if (!item) throw new Error(`no item for ${field}`);
  return item;
}

describe('the questionnaire file', () => {
  it('loads with the rules, asking every contract field exactly once', () => {
    const { questionnaire } = shippedRuleSet();
    const fields = questionnaire.pages.flatMap((page) => page.items.map((item) => item.field));
    expect(fields.sort()).toEqual([...ANSWER_FIELDS].sort());
  });

  it('puts the heart and aorta signs on the first pages, and every warning-sign page before the rest', () => {
    const { pages } = shippedRuleSet().questionnaire;
    const alwaysAsked = pages.filter((page) => !page.enableWhen);
    expect(alwaysAsked[0]?.items.map((i) => i.field)).toContain('chestPain');
    expect(alwaysAsked[1]?.items.map((i) => i.field)).toContain('tearingPain');
    const firstOther = alwaysAsked.findIndex((page) => !page.warningSigns);
    expect(alwaysAsked.slice(firstOther).some((page) => page.warningSigns)).toBe(false);
  });

  it('asks what a chest pain is like right after the chest question, only when there is chest pain or a "not sure"', () => {
    const { pages } = shippedRuleSet().questionnaire;
    expect(pages[1]?.id).toBe('chest-pain');
    expect(pages[1]?.enableWhen?.map((c) => [c.question, c.operator, c.answer])).toEqual([
      ['chestPain', '=', true],
      ['chestPain', '=', 'unsure'],
    ]);
    // Optional, as the command line's fields are: one left blank is unanswered, which keeps the emergency.
    expect(pages[1]?.items.some((item) => item.required)).toBe(false);
  });

  it('asks every page of warning signs, and what a chest pain is like, again at a check-in', () => {
    const { pages } = shippedRuleSet().questionnaire;
    expect(pages.filter((page) => page.warningSigns || page.id === 'chest-pain').every((page) => page.askedAtCheckIn)).toBe(true);
    for (const id of ['how-it-started', 'chest-pain']) {
      const broken = shipped();
      delete broken.pages.find((page) => page.id === id)!.askedAtCheckIn;
      expect(problemsOf(broken)).toEqual([
        `questionnaire.json › page ${id}: warning signs are asked again at every check-in: mark the page "askedAtCheckIn": true`,
      ]);
    }
  });

  it("lets among the warning signs only a page asked on a warning sign's answer", () => {
    const broken = shipped();
    broken.pages[1]!.enableWhen = [{ question: 'chestPain', operator: '=', answer: true }];
    expect(problemsOf(broken)).toEqual([]);
    const later = shipped();
    const workout = later.pages.find((page) => page.id === 'workout')!;
    later.pages.splice(later.pages.indexOf(workout), 1);
    later.pages.splice(1, 0, {
      ...workout,
      enableWhen: [{ question: 'chestPain', operator: '=', answer: false }, ...(workout.enableWhen ?? [])],
    });
    expect(problemsOf(later).join('\n')).toMatch(
      /page how-it-started: a page of warning signs must come before every other page/,
    );
  });

  it('refuses a question for a field the contract does not have, naming it', () => {
    const broken = shipped();
    broken.pages[0]!.items.push({ ...itemOf(broken, 'chestPain'), field: 'jawPain' as never });
    expect(problemsOf(broken).join('\n')).toMatch(/questionnaire\.json: pages\[0\]\.items\[3\]\.field: .*jawPain/);
  });

  it('refuses a choice that leaves out a value of the contract, or offers one it does not have', () => {
    const broken = shipped();
    const onset = itemOf(broken, 'onset');
    if (onset.kind !== 'radios' || typeof onset.options === 'string') throw new Error('onset has its own options');
    onset.options = onset.options.filter((o) => o.value !== 'next_day');
    onset.options.push({ value: 'last_week', label: 'Last week' });
    expect(problemsOf(broken)).toEqual([
      'questionnaire.json › page timing-and-course › onset: the option "last_week" is not a value of onset',
      'questionnaire.json › page timing-and-course › onset: the value "next_day" of onset is not offered',
    ]);
  });

  it('refuses a condition on a question asked on the same or a later page', () => {
    const broken = shipped();
    itemOf(broken, 'shrugs').enableWhen = [{ question: 'age', operator: '=', answer: 30 }];
    broken.pages.find((p) => p.id === 'workout')!.enableWhen = [{ question: 'exercises', operator: 'exists', answer: true }];
    expect(problemsOf(broken)).toEqual([
      'questionnaire.json › page workout: enableWhen reads exercises, which is not asked on an earlier page',
      'questionnaire.json › page form-and-posture › shrugs: enableWhen reads age, which is not asked on an earlier page',
    ]);
  });

  it('refuses a field asked twice, a field never asked, and a condition that can never hold', () => {
    const broken = shipped();
    const aboutYou = broken.pages.find((p) => p.id === 'about-you')!;
    aboutYou.items = aboutYou.items.filter((i) => i.field !== 'sex');
    aboutYou.items.push(itemOf(broken, 'side'));
    itemOf(broken, 'archesBack').enableWhen = [{ question: 'exercises', operator: '=', answer: 'yoga' }];
    expect(problemsOf(broken).sort()).toEqual([
      'questionnaire.json › page about-you › side: asked again (first on page where-and-how-bad)',
      'questionnaire.json › page form-and-posture › archesBack: enableWhen: exercises = "yoga" can never hold',
      'questionnaire.json: no question asks for sex',
    ]);
  });

  it('refuses a warning sign that is asked late, or only sometimes', () => {
    const broken = shipped();
    const fever = itemOf(broken, 'fever');
    broken.pages.find((p) => p.id === 'other-warning-signs')!.items = broken.pages
      .find((p) => p.id === 'other-warning-signs')!
      .items.filter((i) => i.field !== 'fever');
    broken.pages.find((p) => p.id === 'about-you')!.items.push(fever);
    itemOf(broken, 'calfSwelling').enableWhen = [{ question: 'chestPain', operator: '=', answer: true }];
    expect(problemsOf(broken).sort()).toEqual([
      'questionnaire.json › page about-you › fever: a warning sign must sit on a page of warning signs',
      'questionnaire.json › page breathing-and-circulation › calfSwelling: warning signs are always asked',
    ]);
  });

  it('refuses a required answer that is optional in the questionnaire, and a number range wider than the contract', () => {
    const broken = shipped();
    delete itemOf(broken, 'age').required;
    const days = itemOf(broken, 'painDays');
    if (days.kind !== 'number') throw new Error('painDays is a number');
    days.max = 1000;
    expect(problemsOf(broken).sort()).toEqual([
      'questionnaire.json › page about-you › age: the answers contract requires this field: mark it "required": true',
      "questionnaire.json › page timing-and-course › painDays: max 1000 is not the contract's highest value",
    ]);
  });

  it('refuses a question of the wrong kind for its field', () => {
    const broken = shipped();
    const radiation = itemOf(broken, 'radiation');
    Object.assign(radiation, { kind: 'radios', none: undefined });
    delete (radiation as { none?: unknown }).none;
    expect(problemsOf(broken)).toContain(
      'questionnaire.json › page spread-arms-and-skin › radiation: a radios question cannot answer radiation, which is a list',
    );
  });
});
