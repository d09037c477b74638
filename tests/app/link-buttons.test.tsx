// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

describe('links drawn as buttons answer Space as buttons do', () => {
  it('"Start now" starts the questions on Space, and stays a link that can open in a new tab', async () => {
    const { user } = await renderApp();
    const start = screen.getByRole('link', { name: 'Start now' });
    expect(start).toHaveAttribute('href', '#/question/chestPain');
    start.focus();
    await user.keyboard(' ');
    expect(
      await screen.findByRole('heading', { level: 1, name: /pain, pressure, squeezing or tightness in your chest/i }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/question/chestPain');
  });

  it('"Continue where you left off" goes on with Space', async () => {
    const { user } = await renderApp({ answers: { chestPain: false } });
    const resume = screen.getByRole('link', { name: 'Continue where you left off' });
    expect(resume).toHaveAttribute('href', '#/question/sweatingOrNausea');
    resume.focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: /cold sweat/i })).toBeInTheDocument();
  });

  it('"Get my result" shows the result on Space, and stays a link that can open in a new tab', async () => {
    const { user } = await renderApp({ answers: REQUIRED_ONLY, at: '#/check' });
    const result = screen.getByRole('link', { name: 'Get my result' });
    expect(result).toHaveAttribute('href', '#/result');
    result.focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: /look after this at home/i })).toHaveFocus();
    expect(window.location.hash).toBe('#/result');
  });

  it('still follows them with Enter', async () => {
    const { user } = await renderApp();
    screen.getByRole('link', { name: 'Start now' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /pain, pressure, squeezing/i })).toBeInTheDocument();
  });
});
