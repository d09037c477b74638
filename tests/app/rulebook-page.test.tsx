// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../../src/triage';
import { publicVignette } from './support/answers';
import { renderApp } from './support/render-app';

describe('how this tool decides', () => {
  it('shows every rule in plain words, grouped by level, with its source, version and fingerprint', async () => {
    await renderApp({ at: '#/rules' });
    expect(await screen.findByRole('heading', { level: 1, name: 'How this tool decides' })).toBeInTheDocument();
    const { version, hash, rules } = shippedRuleSet();
    expect(screen.getByText(new RegExp(`Rules version ${version.replace(/\./g, '\\.')}, fingerprint`))).toHaveTextContent(hash);

    const emergency = screen.getByRole('region', { name: 'Call the emergency number now' });
    const tearing = within(emergency).getByText('tearing-pain').closest('li') as HTMLElement;
    expect(tearing).toHaveTextContent('If Pain that felt like tearing or ripping: yes or not sure');
    expect(within(tearing).getByRole('link', { name: 'NHS: aortic dissection' })).toHaveAttribute(
      'href',
      expect.stringContaining('nhs.uk'),
    );

    const listed = screen.getAllByRole('listitem').filter((item) => item.classList.contains('rule'));
    expect(listed).toHaveLength(rules.length);
  });

  it('is linked from every page footer', async () => {
    await renderApp({ at: '#/' });
    expect(screen.getByRole('link', { name: 'How this tool decides' })).toHaveAttribute('href', '#/rules');
  });

  it("is where a cause's link on the result leads, every rule behind it picked out and the first focused", async () => {
    const { user } = await renderApp({ answers: publicVignette('doms-classic').answers, at: '#/result' });
    await user.click(await screen.findByRole('link', { name: 'How this was decided: Delayed onset muscle soreness (DOMS)' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'How this tool decides' })).toBeInTheDocument();
    const fired = window.location.hash.replace('#/rules/', '').split('+');
    expect(fired.length).toBeGreaterThan(1);
    const picked = screen.getAllByText('Behind your result').map((tag) => tag.closest('li') as HTMLElement);
    expect(picked.map((rule) => rule.id).sort()).toEqual(fired.map((id) => `rule-${id}`).sort());
    expect(picked[0]).toHaveFocus();
    expect(picked[0]).toHaveTextContent('points to: Delayed onset muscle soreness (DOMS)');
  });

  it('picks out the rules a link names, joined by "+"', async () => {
    await renderApp({ at: '#/rules/tearing-pain+chest-pain' });
    const picked = (await screen.findAllByText('Behind your result')).map((tag) => tag.closest('li') as HTMLElement);
    expect(picked.map((rule) => rule.id).sort()).toEqual(['rule-chest-pain', 'rule-tearing-pain']);
  });

  it('leads back to the result when the answers give one', async () => {
    const { user } = await renderApp({ answers: publicVignette('doms-classic').answers, at: '#/rules' });
    await user.click(await screen.findByRole('link', { name: 'Back to your result' }));
    expect(await screen.findByRole('heading', { level: 1, name: /look after this at home/i })).toBeInTheDocument();
  });

  it('leads back to an emergency result that stopped the questions', async () => {
    await renderApp({ answers: { chestPain: false, sweatingOrNausea: true }, at: '#/rules' });
    expect(await screen.findByRole('link', { name: 'Back to your result' })).toHaveAttribute('href', '#/result');
  });

  it('has no link back to a result before there is one', async () => {
    await renderApp({ answers: { chestPain: false }, at: '#/rules' });
    await screen.findByText(/Rules version/);
    await expect(screen.findByRole('link', { name: 'Back to your result' }, { timeout: 300 })).rejects.toThrow();
  });
});
