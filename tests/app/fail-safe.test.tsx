// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadRuleSet, RULE_FILES, shippedRuleSet, type RuleSet, SHIPPED_SOURCES } from '../../src/triage';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const loadBrokenRules = async () =>
  loadRuleSet({ ...SHIPPED_SOURCES, files: [...RULE_FILES, { file: 'broken.json', content: { rules: 'not a list' } }] });

/** Rules that load but make the engine throw: a rule reads a fact nobody supplies. */
const loadRulesTheEngineRejects = async (): Promise<RuleSet> => {
  const shipped = shippedRuleSet();
  const [first] = shipped.rules;
  if (!first) throw new Error('no shipped rules');
  return {
    ...shipped,
    rules: [{ ...first, conditions: { all: [{ fact: 'noSuchFact' as 'fever', operator: 'equal', value: true }] } }],
  };
};

/** The catalogue's emergency signs: the card lists every one, without the rules that failed. */
const EMERGENCY_SIGNS = shippedRuleSet()
  .catalogue.safetyNet.filter((group) => group.level === 'emergency')
  .flatMap((group) => group.signs.map((sign) => sign.text));

async function expectFallbackCard() {
  const heading = await screen.findByRole('heading', { level: 1, name: 'Important: We cannot check your symptoms right now' });
  const card = heading.closest('[data-disposition]') as HTMLElement;
  expect(card).toHaveAttribute('data-disposition', 'doctor');
  expect(card).toHaveTextContent(/call 999 now if you get any of these/i);
  expect(EMERGENCY_SIGNS.length).toBeGreaterThan(5);
  // The catalogue's emergency signs, and a wider one: without the rules a spreading pain cannot be told apart.
  expect(
    within(card)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([...EMERGENCY_SIGNS, 'pain that spreads to an arm, your neck or your jaw']);
  expect(card).toHaveTextContent(/see a GP or physiotherapist/i);
  expect(screen.queryByText(/look after this at home/i)).not.toBeInTheDocument();
}

describe('when the triage cannot run', () => {
  // React reports the caught error on the console; that is expected here.
  const quietConsole = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('shows the fail-safe card if the rules do not load', async () => {
    quietConsole();
    await renderApp({ answers: REQUIRED_ONLY, at: '#/result', loadRules: loadBrokenRules });
    await expectFallbackCard();
  });

  it('shows the fail-safe card if the rules cannot be fetched', async () => {
    quietConsole();
    await renderApp({
      answers: REQUIRED_ONLY,
      at: '#/result',
      loadRules: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expectFallbackCard();
  });

  it('shows the fail-safe card if the engine fails', async () => {
    quietConsole();
    await renderApp({ answers: REQUIRED_ONLY, at: '#/result', loadRules: loadRulesTheEngineRejects });
    await expectFallbackCard();
  });

  it('stops the questions and shows the fail-safe card if the engine fails part-way', async () => {
    quietConsole();
    const { user } = await renderApp({ at: '#/page/heart-signs', loadRules: loadRulesTheEngineRejects });
    for (const group of await screen.findAllByRole('group')) await user.click(within(group).getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await expectFallbackCard();
  });

  it('never shows a question, and shows the fail-safe card, if the rules (with the questionnaire) do not load', async () => {
    quietConsole();
    await renderApp({ at: '#/questions', loadRules: loadBrokenRules });
    await expectFallbackCard();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('says so on the rules page if the rules do not load', async () => {
    quietConsole();
    await renderApp({ at: '#/rules', loadRules: loadBrokenRules });
    expect(await screen.findByText(/the rules could not be loaded/i)).toBeInTheDocument();
  });
});
