// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app';

describe('start page', () => {
  it('says what the tool is for, that it is not a diagnosis, and gives the emergency number', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Check your upper back pain after exercise' })).toBeInTheDocument();
    expect(screen.getByText(/it is not a diagnosis/i)).toBeInTheDocument();
    expect(screen.getByText(/if your pain is somewhere else, or did not start around exercise, this tool is not for you/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /in an emergency, call 999/i })).toBeInTheDocument();
  });

  it.each([
    ['en-GB', '999'],
    ['en-US', '911'],
    ['de-DE', '112'],
    ['en-AU', '000'],
  ])('takes the region from the browser language (%s gives %s)', async (language, number) => {
    await renderApp({ language });
    expect(screen.getByRole('heading', { name: new RegExp(`in an emergency, call ${number}`, 'i') })).toBeInTheDocument();
  });

  it('lets the person change the region, and remembers it', async () => {
    const { user, unmount } = await renderApp({ language: 'en-GB' });
    await user.selectOptions(screen.getByLabelText('Where are you?'), 'au');
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
});
