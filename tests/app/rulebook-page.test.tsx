// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../../src/triage';
import { publicVignette } from './support/answers';
import { renderApp } from './support/render-app';

describe('how this tool decides', () => {
  it('shows every rule in plain words, grouped by level, with its source, version and fingerprint', async () => {
    await renderApp({ at: '#/rules' });
    expect(screen.getByRole('heading', { level: 1, name: 'How this tool decides' })).toBeInTheDocument();
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

  it("is where a result's rule links lead, with that rule picked out", async () => {
    const user = userEvent.setup();
    await renderApp({ answers: publicVignette('heart-attack').answers, at: '#/result' });
    const causes = await screen.findByRole('region', { name: 'What might be causing it' });
    await user.click(within(causes).getAllByRole('link', { name: 'chest-pain' })[0]!);

    expect(await screen.findByRole('heading', { level: 1, name: 'How this tool decides' })).toBeInTheDocument();
    const picked = screen.getByText('chest-pain').closest('li') as HTMLElement;
    expect(picked).toHaveFocus();
    expect(picked).toHaveTextContent('Chest pain, pressure or tightness: yes or not sure');
  });
});
