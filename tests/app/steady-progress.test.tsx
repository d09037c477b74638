// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

/** The progress line above the heading, e.g. "Your workout Part 6 of 7". */
const progressLine = () => screen.getByText((_, element) => element?.classList.contains('caption') ?? false).textContent ?? '';
const totalIn = (line: string) => /of (\d+)/.exec(line)?.[1];

describe('progress through the questions', () => {
  it('never changes its total as answers open and close follow-up questions', async () => {
    const { user } = await renderApp({ answers: REQUIRED_ONLY, at: '#/question/exercises' });
    const seen: string[] = [];
    const look = async (heading: string | RegExp) => {
      await screen.findByRole('heading', { level: 1, name: heading });
      seen.push(progressLine());
    };
    const next = () => user.click(screen.getByRole('button', { name: 'Continue' }));

    await look('Which of these were in your workout?'); // every follow-up may apply
    await user.click(screen.getByRole('checkbox', { name: 'Rows' }));
    await next();
    await look(/new to you, or harder/i); // rows: the shrug question opens, the overhead one closes
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await next();
    await look(/draw your shoulder blades back/i);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(await screen.findByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Which of these were in your workout?' });
    await user.click(screen.getByRole('checkbox', { name: 'Rows' }));
    await user.click(screen.getByRole('checkbox', { name: 'Overhead press' }));
    await next();
    await look(/new to you, or harder/i); // overhead press: the shrug question closes, the overhead one opens
    await next();
    await look(/draw your shoulder blades back/i);
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await next();
    await look(/lower back arch/i);

    expect(seen).toHaveLength(6);
    expect(new Set(seen.map(totalIn)).size).toBe(1);
    expect(seen[0]).toMatch(/^Your workout\s*Part \d+ of \d+$/);
  });

  it('names the section and counts its parts from the first question to the last', async () => {
    const { unmount } = await renderApp({ at: '#/question/chestPain' });
    expect(progressLine()).toMatch(/^Warning signs\s*Part 1 of \d+$/);
    const total = totalIn(progressLine());
    unmount();
    await renderApp({ answers: REQUIRED_ONLY, at: '#/question/riskFactors' });
    expect(progressLine()).toBe(`About you Part ${total} of ${total}`);
  });
});
