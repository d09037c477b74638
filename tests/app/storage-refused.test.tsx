// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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
  it('says so once, plainly, and keeps the answers in the tab, through a refresh', async () => {
    refuseStorage(how);
    const { user, unmount } = await renderApp({ at: '#/question/chestPain' });
    const pagesWithTheNotice = new Set<string>();
    const look = () => {
      if (screen.queryByText(notice)) pagesWithTheNotice.add(screen.getByRole('heading', { level: 1 }).textContent ?? '');
    };
    look();
    for (const next of [/cold sweat/i, /exert yourself/i, /suddenly or gradually/i]) {
      await user.click(screen.getByRole('radio', { name: 'No' }));
      look();
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await screen.findByRole('heading', { level: 1, name: next });
      look();
    }
    // Told on the page where it is found out, and on the next, since the answer is stored as Continue moves on.
    expect(pagesWithTheNotice.size).toBeGreaterThanOrEqual(1);
    expect(pagesWithTheNotice.size).toBeLessThanOrEqual(2);
    expect(screen.queryByText(notice)).not.toBeInTheDocument();

    unmount();
    window.history.replaceState(window.history.state, '', '#/');
    const { user: later } = await renderApp({ reload: true });
    await later.click(screen.getByRole('link', { name: 'Continue where you left off' }));
    await later.click(await screen.findByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('never changes the region the person chose, even after a refresh', async () => {
    refuseStorage(how);
    const { user, unmount } = await renderApp({ at: '#/', language: 'en-GB' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Where are you?' }), 'au');
    expect(screen.getByRole('status')).toHaveTextContent(notice);
    expect(screen.getByRole('banner')).toHaveTextContent('Emergency? Call 000');

    await user.click(screen.getByRole('link', { name: 'Start now' }));
    await screen.findByRole('heading', { level: 1, name: /chest/i });
    unmount();
    const { user: later } = await renderApp({ language: 'en-GB', reload: true });
    expect(screen.getByRole('banner')).toHaveTextContent('Emergency? Call 000');
    await later.click(screen.getByRole('link', { name: 'Upper back pain checker' }));
    expect(await screen.findByRole('combobox', { name: 'Where are you?' })).toHaveValue('au');
  });
});
