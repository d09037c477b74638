// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NO_WARNING_SIGNS } from './support/answers';
import { renderApp } from './support/render-app';

const careCard = () => screen.getByRole('region', { name: /call 999 now/i });
const choose = (user: UserEvent, question: RegExp | string, answer: string) =>
  user.click(within(screen.getByRole('group', { name: question })).getByRole('radio', { name: answer }));
const HEART_SIGNS_CLEAR = { chestPain: false, sweatingOrNausea: false, exertionPain: false } as const;

describe('the emergency interrupt', () => {
  it('stops right after the page with the emergency result when an emergency warning sign is answered "yes"', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await choose(user, /pain, pressure, squeezing or tightness in your chest/i, 'No');
    await choose(user, /cold sweat/i, 'Yes');
    await choose(user, /effort that does not work the sore muscles/i, 'No');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Immediate action required: Call 999 now' })).toBeInTheDocument();
    expect(careCard()).toHaveAttribute('data-disposition', 'emergency');
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(await screen.findByText('Cold sweat, feeling sick or light-headed with the pain: yes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
  });

  /** "Yes" to chest pain on the first page, then its follow-ups, all as a sore muscle but for how heavy it feels. */
  async function answerChestPain(user: UserEvent, heavy: 'Yes' | 'No') {
    await choose(user, /pain, pressure, squeezing or tightness in your chest/i, 'Yes');
    await choose(user, /cold sweat/i, 'No');
    await choose(user, /effort that does not work the sore muscles/i, 'No');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your chest pain' })).toBeInTheDocument();
    await choose(user, /press with your fingers/i, 'Yes');
    await choose(user, /move or stretch your arms/i, 'Yes');
    await choose(user, 'How did the chest pain start?', 'It built up after the workout, like the soreness in my muscles');
    await choose(user, /heavy, squeezed or pressed/i, heavy);
    await choose(
      user,
      'How does the chest pain come and go?',
      'It is a soreness that is worse when I move, stretch or press the muscles',
    );
    await choose(user, /coming from your heart/i, 'No');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
  }

  it('asks what a chest pain is like before it calls an emergency on it, and stops after those questions when they point to the heart', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await answerChestPain(user, 'Yes');
    expect(await screen.findByRole('heading', { level: 1, name: 'Immediate action required: Call 999 now' })).toBeInTheDocument();
    expect(await screen.findByText('The chest feels heavy, squeezed or pressed: yes')).toBeInTheDocument();
  });

  it('goes on asking when the chest pain behaves like a sore muscle', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await answerChestPain(user, 'No');
    expect(await screen.findByRole('heading', { level: 1, name: 'How the pain started' })).toBeInTheDocument();
  });

  it('goes on asking when the answer is "not sure": the result will still take it seriously', async () => {
    const { user } = await renderApp({ at: '#/page/how-it-started', answers: HEART_SIGNS_CLEAR });
    await choose(user, 'Did the pain start suddenly or gradually?', 'Gradually, over minutes, hours or days');
    await choose(user, /pop, pull or twinge/i, 'No');
    await choose(user, /press gently on the sore area/i, 'Tender all over the area');
    await choose(user, /at its worst/i, 'No');
    await choose(user, /tearing or ripping/i, 'Not sure');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fainting, breathing and your legs' })).toBeInTheDocument();
  });

  it('goes on asking after a warning sign that needs help today but is not an emergency', async () => {
    const { fever: _notYet, ...before } = NO_WARNING_SIGNS;
    const { user } = await renderApp({
      at: '#/page/other-warning-signs',
      answers: { ...before, ...HEART_SIGNS_CLEAR, onsetSpeed: 'gradual', feltPop: false, tenderness: 'spread_out' },
    });
    await choose(user, /high temperature/i, 'Yes');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Spreading pain, your arms and your skin' })).toBeInTheDocument();
  });

  it('stops as soon as the rules see an emergency in answers beyond the warning signs', async () => {
    // Pressure-like pain spreading down an arm: no single warning sign, but the rules call it an emergency.
    const answers = {
      ...NO_WARNING_SIGNS,
      ...HEART_SIGNS_CLEAR,
      radiation: ['arm' as const],
      armNumbness: false,
      armWeakness: false,
      rash: false,
    };
    const { user } = await renderApp({ at: '#/page/where-and-how-bad', answers });
    await user.click(screen.getByRole('checkbox', { name: 'On the spine itself' }));
    await choose(user, 'Which side hurts?', 'In the middle');
    await choose(user, 'What does the pain feel like?', 'Pressure, heaviness or squeezing');
    await choose(user, 'How bad is the pain right now?', '5');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: /call 999 now/i })).toBeInTheDocument();
    expect(careCard()).toHaveAttribute('data-disposition', 'emergency');
  });

  it('lets the person go back to the page if they chose "yes" by mistake', async () => {
    const { user } = await renderApp({ at: '#/page/heart-signs' });
    await choose(user, /pain, pressure, squeezing or tightness in your chest/i, 'Yes');
    await choose(user, /cold sweat/i, 'No');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('link', { name: 'Back' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your chest, and how you feel with the pain' }),
    ).toBeInTheDocument();
    await choose(user, /pain, pressure, squeezing or tightness in your chest/i, 'No');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How the pain started' })).toBeInTheDocument();
  });
});
