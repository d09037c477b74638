// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANSWERS_KEY } from '../../src/app/lib/answers-storage';
import { renderApp } from './support/render-app';

const saved = () => JSON.parse(window.localStorage.getItem(ANSWERS_KEY) ?? 'null') as unknown;
const corruptNotice = /could not read the answers saved on this device/i;

describe('saved answers', () => {
  it('are kept on the device, versioned, so a closed tab loses nothing', async () => {
    const { user, unmount } = await renderApp({ at: '#/question/chestPain' });
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: /cold sweat/i });
    expect(saved()).toEqual({ version: 1, answers: { chestPain: false } });

    unmount();
    const { user: later } = await renderApp({ at: '/' });
    await later.click(screen.getByRole('link', { name: 'Continue where you left off' }));
    await later.click(await screen.findByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: 'No' })).toBeChecked();
  });

  it.each([
    ['not JSON', '{oops'],
    ['from another version', JSON.stringify({ version: 0, answers: { chestPain: false } })],
    ['with a field the contract does not have', JSON.stringify({ version: 1, answers: { chestPainn: false } })],
    ['with a value the contract does not allow', JSON.stringify({ version: 1, answers: { severity: 11 } })],
  ])('are discarded with a notice when %s', async (_case, text) => {
    window.localStorage.setItem(ANSWERS_KEY, text);
    await renderApp();
    expect(screen.getByRole('status')).toHaveTextContent(corruptNotice);
    expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();
    expect(window.localStorage.getItem(ANSWERS_KEY)).toBeNull();
  });

  it('are not filled in with defaults for questions not yet asked', async () => {
    await renderApp({ answers: { chestPain: 'unsure' } });
    expect(saved()).toEqual({ version: 1, answers: { chestPain: 'unsure' } });
  });

  it('are cleared by "Start again"', async () => {
    const { user } = await renderApp({ answers: { chestPain: false } });
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('link', { name: 'Start now' })).toBeInTheDocument();
    expect(window.localStorage.getItem(ANSWERS_KEY)).toBeNull();
  });
});
