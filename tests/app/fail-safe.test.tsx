// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUE_FILE, createTriage, loadRuleSet, RULE_FILES, type Triage } from '../../src/triage';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const loadBrokenRules = () =>
  createTriage(loadRuleSet([...RULE_FILES, { file: 'broken.json', content: { rules: 'not a list' } }], CATALOGUE_FILE));

async function expectFallbackCard() {
  const heading = await screen.findByRole('heading', { level: 1, name: 'Important: We cannot check your symptoms right now' });
  const card = heading.closest('[data-disposition]');
  expect(card).toHaveAttribute('data-disposition', 'doctor');
  expect(card).toHaveTextContent(/call 999 now/i);
  expect(card).toHaveTextContent(/see a GP or physiotherapist/i);
  expect(screen.queryByText(/look after this at home/i)).not.toBeInTheDocument();
}

describe('when the triage cannot run', () => {
  // React reports the caught error on the console; that is expected here.
  const quietConsole = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

  it('shows the fail-safe card if the rules do not load', async () => {
    quietConsole();
    await renderApp({ answers: REQUIRED_ONLY, at: '#/result', loadTriage: loadBrokenRules });
    await expectFallbackCard();
  });

  it('shows the fail-safe card if the engine fails', async () => {
    quietConsole();
    const failing: Triage = () => Promise.reject(new Error('engine failed'));
    await renderApp({ answers: REQUIRED_ONLY, at: '#/result', loadTriage: () => failing });
    await expectFallbackCard();
  });

  it('stops the questions and shows the fail-safe card if the engine fails part-way', async () => {
    quietConsole();
    const failing: Triage = () => Promise.reject(new Error('engine failed'));
    const { user } = await renderApp({ at: '#/question/chestPain', loadTriage: () => failing });
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await expectFallbackCard();
  });
});

