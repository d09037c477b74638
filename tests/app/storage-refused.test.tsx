// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ANSWERS_VERSION } from '../../src/app/lib/answers-storage';
import { publicVignette } from './support/answers';
import { fillPage, pressContinue } from './support/answer-page';
import { renderApp } from './support/render-app';

const notice = /not letting us save your answers on this device/i;

/** Storage the browser refuses: blocked (Safari's private mode, a policy) or full. */
function refuseStorage(how: 'blocked' | 'full') {
  const refuse = () => {
    throw new DOMException('refused', how === 'full' ? 'QuotaExceededError' : 'SecurityError');
  };
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
  vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(how === 'blocked' ? refuse : () => undefined);
  if (how === 'blocked') vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
}

describe.each(['blocked', 'full'] as const)('when storage is %s', (how) => {
  it('says a check-in it cannot keep on the device lasts only while the tab is open, never that it is kept', async () => {
    refuseStorage(how);
    // The answers so far, kept in the tab as the app keeps them when the device will not.
    const answers = publicVignette('doms-classic').answers;
    window.history.replaceState({ answers: JSON.stringify({ version: ANSWERS_VERSION, answers }) }, '', '#/result');
    const { user } = await renderApp({ reload: true });
    await user.click(await screen.findByRole('button', { name: 'Check in tomorrow' }));
    const said = within(screen.getByRole('region', { name: 'Check in tomorrow' })).getByRole('status');
    expect(said).toHaveTextContent(/lasts only while this tab is open/i);
    expect(said).not.toHaveTextContent(/kept on this device/i);
  });

  it('says so once, plainly, and keeps the answers in the tab, through a refresh', { timeout: 20_000 }, async () => {
    refuseStorage(how);
    const { answers } = publicVignette('doms-classic');
    const { user, unmount } = await renderApp({ at: '#/page/heart-signs' });
    const pagesWithTheNotice = new Set<string>();
    const look = () => {
      if (screen.queryByText(notice)) pagesWithTheNotice.add(screen.getByRole('heading', { level: 1 }).textContent ?? '');
    };
    look();
    for (const next of ['How the pain started', 'Fainting, breathing and your legs', 'Other warning signs']) {
      await fillPage(user, answers);
      look();
      await pressContinue(user);
      await screen.findByRole('heading', { level: 1, name: next });
      look();
    }
    // Told on the page where it is found out, and on the next, since the answers are stored as Continue moves on.
    expect(pagesWithTheNotice.size).toBeGreaterThanOrEqual(1);
    expect(pagesWithTheNotice.size).toBeLessThanOrEqual(2);
    expect(screen.queryByText(notice)).not.toBeInTheDocument();

    unmount();
    window.history.replaceState(window.history.state, '', '#/');
    const { user: later } = await renderApp({ reload: true });
    await later.click(screen.getByRole('link', { name: 'Continue where you left off' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Other warning signs' })).toBeInTheDocument();
    await later.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Fainting, breathing and your legs' });
    const fainted = screen.getByRole('group', { name: 'Have you fainted, collapsed or nearly fainted?' });
    expect(within(fainted).getByRole('radio', { name: 'No' })).toBeChecked();
    const breathless = screen.getByRole('group', {
      name: 'Are you short of breath while resting, or on light effort such as walking, more than is usual for you?',
    });
    expect(within(breathless).getByRole('radio', { name: 'No, my breathing is normal' })).toBeChecked();
  });

  it('never changes the region the person chose, even after a refresh', async () => {
    refuseStorage(how);
    const { user, unmount } = await renderApp({ at: '#/', language: 'en-GB' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Where are you?' }), 'au');
    expect(screen.getByRole('status')).toHaveTextContent(notice);
    expect(screen.getByRole('banner')).toHaveTextContent('Emergency? Call 000');

    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await screen.findByRole('heading', { level: 1, name: 'Your chest, and how you feel with the pain' });
    unmount();
    const { user: later } = await renderApp({ language: 'en-GB', reload: true });
    expect(screen.getByRole('banner')).toHaveTextContent('Emergency? Call 000');
    await later.click(screen.getByRole('link', { name: 'Upper back pain checker' }));
    expect(await screen.findByRole('combobox', { name: 'Where are you?' })).toHaveValue('au');
  });
});
