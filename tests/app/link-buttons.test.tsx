// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const FIRST_PAGE = 'Your chest, and how you feel with the pain';

describe('links drawn as buttons answer Space as buttons do', () => {
  it('"Start now" starts the questions on Space, and stays a link that can open in a new tab', async () => {
    const { user } = await renderApp();
    const start = screen.getByRole('link', { name: 'Start now' });
    // Wherever the person is up to: with no answers, the first page.
    expect(start).toHaveAttribute('href', '#/questions');
    start.focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: FIRST_PAGE })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/page/heart-signs');
    expect(screen.getByRole('group', { name: /pain, pressure, squeezing or tightness in your chest/i })).toBeInTheDocument();
  });

  it('"Start now" opened on its own, as in a new tab, redirects to the first page', async () => {
    await renderApp({ at: '#/questions' });
    expect(await screen.findByRole('heading', { level: 1, name: FIRST_PAGE })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/page/heart-signs');
  });

  it('"Continue where you left off" goes on with Space, to the first page not finished', async () => {
    const { user } = await renderApp({ answers: { chestPain: false, sweatingOrNausea: false } });
    const resume = screen.getByRole('link', { name: 'Continue where you left off' });
    expect(resume).toHaveAttribute('href', '#/questions');
    resume.focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: 'How the pain started' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/page/how-it-started');
  });

  it('"Continue where you left off" goes back to a page with a warning sign still unanswered', async () => {
    const { user } = await renderApp({ answers: { chestPain: false } });
    screen.getByRole('link', { name: 'Continue where you left off' }).focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { level: 1, name: FIRST_PAGE })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/page/heart-signs');
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
    const { user, unmount } = await renderApp();
    screen.getByRole('link', { name: 'Start now' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: FIRST_PAGE })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/page/heart-signs');
    unmount();

    const resuming = await renderApp({ answers: { chestPain: false, sweatingOrNausea: false }, at: '#/' });
    screen.getByRole('link', { name: 'Continue where you left off' }).focus();
    await resuming.user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'How the pain started' })).toBeInTheDocument();
    resuming.unmount();

    const { user: checking } = await renderApp({ answers: REQUIRED_ONLY, at: '#/check' });
    screen.getByRole('link', { name: 'Get my result' }).focus();
    await checking.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /look after this at home/i })).toHaveFocus();
    expect(window.location.hash).toBe('#/result');
  });
});
