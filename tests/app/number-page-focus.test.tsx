// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

describe('focus on a number page', () => {
  it.each([
    ['onset', 'During the workout', 'How many days has it hurt?'],
    ['pushMoreThanPull', 'No', 'On a normal day, how many hours do you spend sitting or hunched over a desk, laptop or phone?'],
    ['shoulderBladesStickOut', 'No', 'How old are you?'],
  ])('moves to the heading after Continue on %s, as on every other page', async (field, choice, heading) => {
    const { user } = await renderApp({ answers: REQUIRED_ONLY, at: `#/question/${field}` });
    await user.click(screen.getByRole('radio', { name: choice }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: heading });
    await waitFor(() => expect(document.activeElement).toBe(h1));
    expect(h1.tagName).toBe('H1');
    // The next Tab reaches the box, the page's first control after the heading.
    await user.tab();
    expect(screen.getByRole('textbox', { name: heading })).toHaveFocus();
  });
});
