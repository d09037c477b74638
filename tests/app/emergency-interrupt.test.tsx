// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NO_WARNING_SIGNS } from './support/answers';
import { renderApp } from './support/render-app';

const careCard = () => screen.getByRole('region', { name: /call 999 now/i });

describe('the emergency interrupt', () => {
  it('stops at once with the emergency result when an emergency warning sign is answered "yes"', async () => {
    const { user } = await renderApp({ at: '#/question/chestPain' });
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Immediate action required: Call 999 now' })).toBeInTheDocument();
    expect(careCard()).toHaveAttribute('data-disposition', 'emergency');
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(await screen.findByText('Chest pain, pressure or tightness: yes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  it('goes on asking when the answer is "not sure": the result will still take it seriously', async () => {
    const { user } = await renderApp({ at: '#/question/tearingPain', answers: { chestPain: false, sweatingOrNausea: false } });
    await user.click(screen.getByRole('radio', { name: 'Not sure' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: /fainted/i })).toBeInTheDocument();
  });

  it('goes on asking after a warning sign that needs help today but is not an emergency', async () => {
    const { fever: _notYet, weightLoss: _a, trauma: _b, ...before } = NO_WARNING_SIGNS;
    const { user } = await renderApp({ at: '#/question/fever', answers: before });
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: /lost weight/i })).toBeInTheDocument();
  });

  it('stops as soon as the rules see an emergency in answers beyond the warning signs', async () => {
    // Pressure-like pain spreading down an arm: no single warning sign, but the rules call it an emergency.
    const answers = {
      ...NO_WARNING_SIGNS,
      radiation: ['arm' as const],
      armNumbness: false,
      armWeakness: false,
      rash: false,
      location: ['spine' as const],
      side: 'middle' as const,
    };
    const { user } = await renderApp({ at: '#/question/character', answers });
    await user.click(screen.getByRole('radio', { name: 'Pressure, heaviness or squeezing' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /call 999 now/i })).toBeInTheDocument();
    expect(careCard()).toHaveAttribute('data-disposition', 'emergency');
  });

  it('lets the person go back to the question if they chose "yes" by mistake', async () => {
    const { user } = await renderApp({ at: '#/question/chestPain' });
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('link', { name: 'Back' }));
    await user.click(await screen.findByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: /cold sweat/i })).toBeInTheDocument();
  });
});
