// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openShareLink, shareLinkPayload } from '../../src/app/lib/share-link';
import { ANSWER_FIELDS } from '../../src/triage';
import { publicVignette, REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

describe('a link that carries the answers to another device', () => {
  it('gives back exactly the answers it was made from, in a compact, versioned fragment', () => {
    const { answers } = publicVignette('doms-classic');
    const payload = shareLinkPayload(answers);
    expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(JSON.stringify(answers).length);
    expect(openShareLink(payload)).toEqual({ ok: true, answers });
    expect(openShareLink(shareLinkPayload({ chestPain: 'unsure', painDays: 0 }))).toEqual({
      ok: true,
      answers: { chestPain: 'unsure', painDays: 0 },
    });
  });

  it.each([
    ['from another version', '2.W10'],
    ['cut short', shareLinkPayload(REQUIRED_ONLY).slice(0, 30)],
    ['not base64', '1.!!!'],
    ['not a list', `1.${btoa('{"chestPain":true}')}`],
    ['an answer outside the contract', `1.${btoa('["maybe"]')}`],
    ['a number out of range', `1.${btoa(JSON.stringify(ANSWER_FIELDS.map((field) => (field === 'age' ? 500 : null))))}`],
  ])('refuses a link %s, never guessing', (_what, payload) => {
    expect(openShareLink(payload).ok).toBe(false);
  });

  it('opens on the check page with the answers, checked by the contract', async () => {
    await renderApp({ at: `#/open/${shareLinkPayload(REQUIRED_ONLY)}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/check');
    expect(screen.getByText('4 out of 10')).toBeInTheDocument();
  });

  it('says plainly when a link cannot be opened, and keeps the answers already on this device', async () => {
    await renderApp({ at: '#/open/1.damaged', answers: { chestPain: false } });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeInTheDocument();
    expect(screen.getByText(/nothing has been changed on this device/i)).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem('upper-back-triage:answers') ?? '{}')).toMatchObject({
      answers: { chestPain: false },
    });
  });
});
