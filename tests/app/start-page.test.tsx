// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { shippedRuleSet, timeToAnswer } from '../../src/triage';
import { renderApp } from './support/render-app';

describe('start page', () => {
  it('says what the tool is for, that it is not a diagnosis, and gives the emergency number', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Check your upper back pain after exercise' })).toBeInTheDocument();
    expect(screen.getByText(/it is not a diagnosis/i)).toBeInTheDocument();
    expect(
      screen.getByText(/if your pain is somewhere else, or did not start around exercise, this tool is not for you/i),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /in an emergency, call 999/i })).toBeInTheDocument();
  });

  it.each([
    ['en-GB', 'United Kingdom (999)', '999'],
    ['en-US', 'United States (911)', '911'],
    ['de-DE', 'European Union (112)', '112'],
    ['en-AU', 'Australia (000)', '000'],
    ['en-IE', 'Ireland (112 or 999)', '112 or 999'],
    ['fr-CA', 'Canada (911)', '911'],
    ['en-NZ', 'New Zealand (111)', '111'],
    ['hi-IN', 'India (112)', '112'],
  ])('takes the region from the browser language (%s gives %s)', async (language, option, number) => {
    await renderApp({ language });
    expect(screen.getByRole('heading', { name: `Important: In an emergency, call ${number}` })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: option, selected: true })).toBeInTheDocument();
  });

  it.each(['en', 'ja-JP', 'pt-BR'])('does not guess a number when the language does not say where (%s)', async (language) => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue([language]);
    await renderApp({ language });
    expect(screen.getByRole('option', { name: 'Somewhere else', selected: true })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Important: In an emergency, call your local emergency number' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '112 works from most mobile phones' })).toHaveAttribute('href', 'tel:112');
    expect(screen.queryByRole('link', { name: /^call/i })).not.toBeInTheDocument();
  });

  it('keeps the region options short enough for a phone', async () => {
    await renderApp();
    const options = within(screen.getByLabelText('Where are you?')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'United Kingdom (999)',
      'Ireland (112 or 999)',
      'European Union (112)',
      'United States (911)',
      'Canada (911)',
      'Australia (000)',
      'New Zealand (111)',
      'India (112)',
      'Somewhere else',
    ]);
    for (const option of options) expect(option.textContent?.length).toBeLessThanOrEqual(22);
  });

  it.each([
    ['uk', 'United Kingdom (999)'],
    ['eu', 'European Union (112)'],
  ])('still uses a region saved by an earlier version (%s)', async (saved, option) => {
    window.localStorage.setItem('upper-back-triage:region', saved);
    await renderApp({ language: 'en-NZ' });
    expect(screen.getByRole('option', { name: option, selected: true })).toBeInTheDocument();
  });

  it('uses the browser language when the saved region is not one it knows', async () => {
    window.localStorage.setItem('upper-back-triage:region', 'atlantis');
    await renderApp({ language: 'en-NZ' });
    expect(screen.getByRole('option', { name: 'New Zealand (111)', selected: true })).toBeInTheDocument();
  });

  it('lets the person change the region, and remembers it', async () => {
    const { user, unmount } = await renderApp({ language: 'en-GB' });
    await user.selectOptions(screen.getByLabelText('Where are you?'), 'Australia (000)');
    expect(screen.getByRole('heading', { name: /call 000/i })).toBeInTheDocument();

    unmount();
    await renderApp({ language: 'en-GB' });
    expect(screen.getByLabelText('Where are you?')).toHaveValue('au');
  });

  it('starts with the first warning sign', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('link', { name: 'Start now' }));
    const question = await screen.findByRole('group', { name: /pain, pressure, squeezing or tightness in your chest/i });
    expect(within(question).getByRole('radio', { name: 'Not sure' })).toBeInTheDocument();
  });

  it('states the time the questions take, measured from their words and answers', async () => {
    await renderApp();
    const { minutes } = timeToAnswer(shippedRuleSet().questionnaire);
    expect(minutes).toBeGreaterThan(3);
    expect(screen.getByText(new RegExp(`takes up to ${minutes} minutes`))).toBeInTheDocument();
  });
});
