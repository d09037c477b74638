// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../../src/triage';
import { publicVignette } from './support/answers';
import { renderApp } from './support/render-app';

const ruleIds = shippedRuleSet().rules.map((rule) => rule.name);

/** Waits for the whole result: the causes and the rest follow the care card's first paint. */
async function showWholeResult(vignette: string) {
  await renderApp({ answers: publicVignette(vignette).answers, at: '#/result' });
  await screen.findByRole('link', { name: 'Summary for a doctor or nurse' });
  return screen.getByRole('main');
}

describe('the result, in plain words', () => {
  it.each([
    ['doms-classic', 'self_care'],
    ['arm-numbness', 'doctor'],
    ['cord-compression', 'emergency'],
  ])('shows no rule id or rule file name on the %s result (%s)', async (vignette, level) => {
    const main = await showWholeResult(vignette);
    expect(main.querySelector('[data-disposition]')).toHaveAttribute('data-disposition', level);

    const text = main.textContent ?? '';
    // Rule ids of more than one word never occur in plain English; a one-word id may ("fever"), so
    // for those: never shown on its own, as a link or a label would show it.
    const words = new Set(text.split(/[^a-z0-9-]+/));
    expect(ruleIds.filter((id) => id.includes('-') && words.has(id))).toEqual([]);
    expect(ruleIds.filter((id) => screen.queryAllByText(id).length > 0)).toEqual([]);
    expect(text).not.toMatch(/\.json/);
  });
});
