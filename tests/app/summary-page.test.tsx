// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { publicVignette } from './support/answers';
import { renderApp } from './support/render-app';

describe('the summary for a clinician', () => {
  it("is a page of its own, linked from the result, with the answers, the reasons and the rules' version", async () => {
    const { user } = await renderApp({ answers: publicVignette('fever').answers, at: '#/result' });
    await user.click(await screen.findByRole('link', { name: 'Summary for a doctor or nurse' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Summary for a doctor or nurse' })).toHaveFocus();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(/rules version \d+\.\d+\.\d+ \(fingerprint [0-9a-f]{8}\)/i);
    expect(main).toHaveTextContent('Urgent: get medical help today');
    expect(within(main).getByText('Fever, chills or night sweats')).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'fever' })).toHaveAttribute('href', '#/rules/fever');
    expect(document.title).toMatch(/^Summary for a doctor or nurse/);
  });

  it('prints, and leads back to the result', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp({ answers: publicVignette('doms-classic').answers, at: '#/summary' });
    await user.click(await screen.findByRole('button', { name: 'Print this summary' }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('link', { name: 'Back to your result' }));
    expect(await screen.findByRole('heading', { level: 1, name: /look after this at home/i })).toBeInTheDocument();
  });

  it('is there as soon as the answers call for an emergency, before the other questions', async () => {
    await renderApp({ answers: { chestPain: false, sweatingOrNausea: true }, at: '#/summary' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Summary for a doctor or nurse' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('Emergency: call the emergency number now');
  });

  it('is not shown before the questions are answered', async () => {
    await renderApp({ answers: { chestPain: false }, at: '#/summary' });
    expect(await screen.findByRole('button', { name: 'Continue' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Summary for a doctor or nurse' })).not.toBeInTheDocument();
  });
});
