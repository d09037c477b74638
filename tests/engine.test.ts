import { describe, expect, it } from 'vitest';
import { createTriage, jsonRulesEngine, loadRuleSet, SHIPPED_SOURCES } from '../src/triage';
import { DERIVED_FACTS } from '../src/triage/facts';
import { benignAnswers } from './helpers/answers';
import { triageAnswers } from './helpers/triage';
import { answersSchema, type AnswersInput } from '../src/triage/contract';

const derive = (changes: Partial<AnswersInput>) => answersSchema.parse(benignAnswers(changes));

describe('derived facts', () => {
  it.each([
    ['hours_after', 0, true],
    ['next_day', 7, true],
    ['next_day', 8, false],
    ['during_workout', 1, false],
    ['hours_after', 1, false, 'sudden'],
    ['next_day', 1, true, 'gradual'],
    ['days_after', 1, false],
  ] as const)(
    'onset %s, day %i: inside the DOMS window is %s (onset speed: %s)',
    (onset, painDays, inside, onsetSpeed?: 'sudden' | 'gradual') => {
      expect(DERIVED_FACTS.insideDomsWindow.compute(derive({ onset, painDays, onsetSpeed }))).toBe(inside);
    },
  );

  it.each([
    ['better', false],
    ['same', true],
    ['worse', true],
    [undefined, true],
  ] as const)('trend %s: not improving is %s (an unanswered trend is not "better")', (trend, notImproving) => {
    expect(DERIVED_FACTS.notImproving.compute(derive({ trend }))).toBe(notImproving);
  });

  it.each([
    ['a pop and one tender spot', { feltPop: true, tenderness: 'one_spot' }, false],
    ['a fall or blow to the back (a red flag never lowers the level)', { trauma: true }, true],
    ['one tender spot with thin bones (a fracture, seen today)', { tenderness: 'one_spot', history: ['osteoporosis'] }, false],
    [
      'one tender spot with steroids (they may be anabolic ones)',
      { tenderness: 'one_spot', history: ['long_term_steroids'] },
      true,
    ],
    ['a pop alone', { feltPop: true, tenderness: 'spread_out' }, true],
    ['one tender spot alone', { feltPop: false, tenderness: 'one_spot' }, true],
    ['a pop with the tenderness not given', { feltPop: true }, true],
    ['nothing said about either', {}, true],
  ] as const)('%s: no clear injury is %s', (_, changes, noClearInjury) => {
    expect(DERIVED_FACTS.noClearInjury.compute(derive(changes as Partial<AnswersInput>))).toBe(noClearInjury);
  });
});

describe('the disposition', () => {
  it('is self-care when no warning sign applies', async () => {
    expect((await triageAnswers(benignAnswers())).disposition).toBe('self_care');
  });

  it('is set by the most urgent rule that fires, whatever else fires', async () => {
    const result = await triageAnswers(benignAnswers({ tearingPain: true, fever: true, limitsMovement: true, feltPop: true }));
    expect(result.disposition).toBe('emergency');
    expect(result.reasons.map((r) => r.level)).toEqual(['emergency', 'urgent', 'doctor']);
  });

  it('reads "not sure" one level below "yes", never as "no", and names the question', async () => {
    const sure = await triageAnswers(benignAnswers({ legWeaknessOrNumbness: true }));
    const unsure = await triageAnswers(benignAnswers({ legWeaknessOrNumbness: 'unsure' }));
    expect(sure.disposition).toBe('emergency');
    expect(unsure.disposition).toBe('urgent');
    expect(unsure.reasons[0]).toMatchObject({ rule: 'leg-numbness-or-weakness', notSure: ['legWeaknessOrNumbness'] });
    expect(unsure.causes[0]).toMatchObject({ id: 'spinal_cord_compression', notSure: ['legWeaknessOrNumbness'] });
  });

  it('keeps the level a rule sets for "not sure": unsure tearing on top of sudden severe pain stays an emergency', async () => {
    const suddenSevere = { onsetSpeed: 'sudden', severity: 8, feltPop: true, tenderness: 'one_spot' } as const;
    expect((await triageAnswers(benignAnswers(suddenSevere))).disposition).not.toBe('emergency');
    const unsure = await triageAnswers(benignAnswers({ ...suddenSevere, tearingPain: 'unsure' }));
    expect(unsure.disposition).toBe('emergency');
    expect(unsure.reasons[0]).toMatchObject({
      rule: 'sudden-severe-pain-maybe-tearing',
      level: 'emergency',
      notSure: ['tearingPain'],
    });
  });

  it('says which "not sure" answers would make it an emergency if they were "yes"', async () => {
    const result = await triageAnswers(benignAnswers({ chestPain: 'unsure', armNumbness: 'unsure' }));
    expect(result.disposition).toBe('urgent');
    expect(result.ifYes).toEqual([{ field: 'chestPain', level: 'emergency' }]);
    expect((await triageAnswers(benignAnswers({ chestPain: true }))).ifYes).toEqual([]);
  });

  it('never gives self-care for a "not sure" on a see-a-doctor flag', async () => {
    expect((await triageAnswers(benignAnswers({ armNumbness: 'unsure' }))).disposition).toBe('doctor');
  });

  it('does not step down when a firm "yes" also holds', async () => {
    const result = await triageAnswers(benignAnswers({ chestPain: 'unsure', radiation: ['chest'] }));
    expect(result.disposition).toBe('emergency');
    expect(result.reasons[0]?.notSure).toEqual([]);
  });

  it('gives the same result for the same answers, every time', async () => {
    const answers = benignAnswers({ fever: 'unsure', roundedShoulders: true, sittingHours: 9, feltPop: true });
    const first = JSON.stringify(await triageAnswers(answers));
    for (let i = 0; i < 5; i++) expect(JSON.stringify(await triageAnswers(answers))).toBe(first);
  });
});

describe('the causes', () => {
  it('put serious possibilities first, then the likely ones by strength', async () => {
    const result = await triageAnswers(
      benignAnswers({ darkUrine: true, newOrHarder: true, tenderness: 'spread_out', shrugs: true }),
    );
    expect(result.causes.map((c) => [c.id, c.kind])).toEqual([
      ['rhabdomyolysis', 'serious'],
      ['doms', 'likely'],
      ['form_error', 'likely'],
    ]);
  });

  it('explain themselves with the answers the engine matched, not a restatement', async () => {
    const result = await triageAnswers(benignAnswers({ radiation: ['arm', 'around_ribs'], armNumbness: true }));
    const nerve = result.causes.find((c) => c.id === 'nerve_irritation');
    expect(nerve?.because.map((b) => b.said)).toEqual([
      'New numbness or tingling in an arm or hand: yes',
      'Where the pain spreads: down an arm, around the ribs',
    ]);
    expect(nerve?.sources.map((s) => s.title)).toContain('NICE CKS: neck pain, cervical radiculopathy');
  });

  it('explain a derived fact by the answers it came from', async () => {
    const result = await triageAnswers(benignAnswers({ onset: 'hours_after', painDays: 2 }));
    expect(result.causes[0]?.because.map((b) => b.field)).toEqual(['onset', 'onsetSpeed', 'painDays']);
  });

  it('list only the passing branch of an "any"', async () => {
    const result = await triageAnswers(benignAnswers({ radiation: ['chest'] }));
    expect(result.reasons[0]?.because.map((b) => b.field)).toEqual(['radiation']);
  });
});

describe('the advice', () => {
  it('gives a self-care plan, a safety net and when to check again for self-care', async () => {
    const { advice } = await triageAnswers(benignAnswers({ newOrHarder: true }));
    expect(advice.plan.map((i) => i.id)).toEqual([
      'ice-early',
      'relative-rest',
      'gentle-mobility',
      'heat-later',
      'ibuprofen',
      'ease-back-in',
    ]);
    expect(advice.plan.every((i) => i.source.title.length > 0)).toBe(true);
    expect(advice.safetyNet.map((group) => group.level)).toEqual(['emergency', 'urgent', 'doctor']);
    expect(advice.safetyNet.flatMap((group) => group.signs).every((sign) => sign.source.title.length > 0)).toBe(true);
    expect(advice.checkAgainInDays).toBe(3);
  });

  it('warns only of what would call for more care than the result gives', async () => {
    const { disposition, advice } = await triageAnswers(benignAnswers({ fever: true }));
    expect(disposition).toBe('urgent');
    expect(advice.safetyNet.map((group) => group.level)).toEqual(['emergency']);
  });

  it('never lists as a future warning a sign the person has already reported', async () => {
    const signs = async (changes: Partial<AnswersInput>) =>
      (await triageAnswers(benignAnswers(changes))).advice.safetyNet
        .flatMap((group) => group.signs.map((sign) => sign.text))
        .join('\n');
    expect(await signs({})).toMatch(/down an arm/);
    expect(await signs({ radiation: ['arm'] })).not.toMatch(/down an arm/);
    expect(await signs({ armNumbness: true })).not.toMatch(/numbness or tingling in an arm/);
    expect(await signs({ legWeaknessOrNumbness: true })).not.toMatch(/in your legs/);
    expect(await signs({ legWeaknessOrNumbness: 'unsure' })).toMatch(/in your legs/);
    expect(await signs({ rash: true })).not.toMatch(/rash/);
  });

  it('never tells a person who reported a fever that a fever is often absent', async () => {
    const result = await triageAnswers(benignAnswers({ fever: true, history: ['injected_drugs'], nightPain: true }));
    const everything = JSON.stringify(result);
    expect(everything).not.toMatch(/fever is absent|without a fever|no fever/i);
    expect(everything).not.toMatch(/a high temperature, chills or night sweats/);
  });

  it('never offers anti-inflammatories when muscle breakdown is possible', async () => {
    const { disposition, advice } = await triageAnswers(benignAnswers({ darkUrine: 'unsure', newOrHarder: true }));
    expect(disposition).toBe('doctor');
    expect(advice.plan.length).toBeGreaterThan(0);
    expect(advice.plan.map((i) => i.id)).not.toContain('ibuprofen');
  });

  it('gives no home plan when help is needed today or now', async () => {
    expect((await triageAnswers(benignAnswers({ fever: true }))).advice.plan).toEqual([]);
    expect((await triageAnswers(benignAnswers({ chestPain: true }))).advice).toEqual({
      plan: [],
      safetyNet: [],
      checkAgainInDays: null,
    });
  });

  it('falls back to the general plan when no likely cause stands out', async () => {
    const { advice, causes } = await triageAnswers(benignAnswers({ onset: 'days_after' }));
    expect(causes).toEqual([]);
    expect(advice.plan.map((i) => i.id)).toEqual(['relative-rest', 'gentle-mobility', 'ice-early', 'heat-later']);
  });
});

describe('when the engine fails', () => {
  it('rejects rather than guessing, so the caller can fail towards care', async () => {
    const ruleSet = loadRuleSet({ ...SHIPPED_SOURCES });
    // Corrupt a loaded rule behind the validator's back: the engine must throw, not skip the rule.
    ruleSet.rules[0]!.conditions = { all: [{ fact: 'noSuchFact' as never, operator: 'equal', value: true }] };
    const triage = createTriage(ruleSet, jsonRulesEngine);
    await expect(triage(answersSchema.parse(benignAnswers()))).rejects.toThrow(/noSuchFact/);
  });
});
