// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_FIELDS } from '../../src/triage';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

describe('a question page', () => {
  it('asks one question as the page heading, with hint, progress, Back link and radios named after the contract', async () => {
    await renderApp({ at: '#/question/chestPain' });
    const heading = screen.getByRole('heading', { level: 1, name: /pain, pressure, squeezing or tightness in your chest/i });
    const group = screen.getByRole('group', { name: heading.textContent ?? '' });
    expect(group).toHaveAccessibleDescription(/include a heavy or tight feeling/i);
    expect(screen.getByText(/part 1 of \d+/i)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '#/');

    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => [radio.getAttribute('name'), radio.getAttribute('value')])).toEqual([
      ['chestPain', 'true'],
      ['chestPain', 'false'],
      ['chestPain', 'unsure'],
    ]);
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('offers "Not sure" on every warning-sign question and never skips one', async () => {
    for (const field of [...RED_FLAG_FIELDS, 'armNumbness', 'armWeakness', 'rash']) {
      const { unmount } = await renderApp({ answers: REQUIRED_ONLY, at: `#/question/${field}` });
      expect(screen.getByRole('radio', { name: 'Not sure' })).toHaveAttribute('name', field);
      expect(screen.queryByRole('button', { name: /skip/i })).not.toBeInTheDocument();
      unmount();
    }
  });

  it("shows an error summary linked to the field, and the field's own message, when nothing is chosen", async () => {
    const { user } = await renderApp({ at: '#/question/chestPain' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    expect(document.title).toMatch(/^Error: /);
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/error: select yes, no or not sure/i);

    await user.click(within(summary).getByRole('link', { name: 'Select yes, no or not sure' }));
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus();
    expect(window.location.hash).toBe('#/question/chestPain');
  });

  it('keeps what was typed when a number is out of range, and gives the most allowed', async () => {
    const { user } = await renderApp({ answers: { ...REQUIRED_ONLY, age: undefined }, at: '#/question/age' });
    const age = screen.getByRole('textbox', { name: 'How old are you?' });
    expect(age).toHaveAttribute('name', 'age');
    await user.type(age, '130');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Your age must be 120 or less');
    expect(age).toHaveValue('130');
    expect(age).toBeInvalid();
  });

  it('asks for the pain score with radios 0 to 10, worded at the ends, not a slider', async () => {
    await renderApp({ answers: { ...REQUIRED_ONLY, severity: undefined }, at: '#/question/severity' });
    const scores = screen.getAllByRole('radio');
    expect(scores.map((radio) => radio.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(screen.getByRole('radio', { name: '0 – no pain' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '10 – the worst pain you can imagine' })).toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });

  it('lets an optional question be skipped, leaving it unanswered', async () => {
    const { user } = await renderApp({ answers: { ...REQUIRED_ONLY, side: 'left' }, at: '#/question/side' });
    expect(screen.getByRole('radio', { name: 'Left' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Skip this question' }));
    expect(await screen.findByRole('heading', { name: 'What does the pain feel like?' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: 'Left' })).not.toBeChecked();
  });

  it('moves on to the next question with "not sure", which is not read as "no"', async () => {
    const { user } = await renderApp({ at: '#/question/chestPain' });
    await user.click(screen.getByRole('radio', { name: 'Not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: /cold sweat/i })).toBeInTheDocument();
  });

  it('does not let a person jump past unanswered warning signs', async () => {
    await renderApp({ answers: { chestPain: false }, at: '#/question/age' });
    expect(await screen.findByRole('heading', { name: /cold sweat/i })).toBeInTheDocument();
  });
});
