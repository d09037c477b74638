import { describe, expect, it } from 'vitest';
import { REQUIRED_FIELDS } from '../../src/triage';
import { createAssess, STAND_IN_ANSWERS } from '../../src/app/lib/assessment';
import { ruleSet, triageAnswers } from '../helpers/triage';

const assess = createAssess(Promise.resolve(ruleSet));

describe('assessing answers part-way through', () => {
  it('has a stand-in for exactly the required answers, which on its own raises nothing', async () => {
    expect(Object.keys(STAND_IN_ANSWERS).sort()).toEqual([...REQUIRED_FIELDS].sort());
    const result = await triageAnswers(STAND_IN_ANSWERS);
    expect(result.disposition).toBe('self_care');
    expect(result.causes).toEqual([]);
  });

  it('calls an emergency from the engine and rules, not from a list of its own', async () => {
    expect((await assess({ chestPain: true, chestPainHeavy: true })).emergencyNow).toBe(true);
    expect((await assess({ chestPain: false, sweatingOrNausea: false, tearingPain: false, fainted: true })).emergencyNow).toBe(
      true,
    );
    expect((await assess({ chestPain: 'unsure' })).emergencyNow).toBe(false);
    expect((await assess({ chestPain: false, fever: true })).emergencyNow).toBe(false);
  });

  it('waits for the chest pain follow-ups, which may show a sore muscle, before it calls an emergency on a chest pain', async () => {
    expect((await assess({ chestPain: true })).emergencyNow).toBe(false);
    const muscular = {
      chestPain: true,
      chestPainOnPressing: true,
      chestPainOnMoving: true,
      chestPainStart: 'with_soreness',
    } as const;
    expect(
      (await assess({ ...muscular, chestPainHeavy: false, chestPainBouts: 'when_used', thinksHeart: false })).emergencyNow,
    ).toBe(false);
    expect(
      (await assess({ ...muscular, chestPainHeavy: false, chestPainBouts: 'when_used', thinksHeart: true })).emergencyNow,
    ).toBe(true);
  });

  it('calls the emergency on chest pain once its follow-ups were passed by unanswered', async () => {
    expect((await assess({ chestPain: true, sweatingOrNausea: false, tearingPain: false })).emergencyNow).toBe(true);
  });

  it('shows only what follows from what the person said', async () => {
    const { complete, result } = await assess({ chestPain: true });
    expect(complete).toBe(false);
    expect(result.causes.map((c) => c.id)).toEqual(['heart_attack']);
    expect(result.causes.flatMap((c) => c.because.map((b) => b.field))).toEqual(['chestPain']);
  });

  it('works each set of answers out once', () => {
    expect(assess({ chestPain: false })).toBe(assess({ chestPain: false }));
  });
});
