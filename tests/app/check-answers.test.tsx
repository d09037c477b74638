// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const row = (key: string) => {
  const term = screen.getByText(key, { selector: 'dt' });
  return term.parentElement as HTMLElement;
};

describe('check your answers', () => {
  it('lists every answer with a Change link', async () => {
    await renderApp({ answers: REQUIRED_ONLY, at: '#/check' });
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(within(row('How bad the pain is')).getByText('4 out of 10')).toBeInTheDocument();
    expect(within(row('Which side')).getByText('not answered')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change how bad the pain is' })).toHaveAttribute(
      'href',
      '#/change/where-and-how-bad',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Where it hurts and how bad it is' })).toBeInTheDocument();
  });

  it("keeps the result, made ready behind the page, out of sight and out of a screen reader's reach until asked for", async () => {
    const { user } = await renderApp({ answers: REQUIRED_ONLY, at: '#/check' });
    // The text is in the document once the app has rendered the result, hidden, while the page is idle.
    await screen.findByText(/look after this at home/i);
    expect(screen.queryByRole('heading', { name: /look after this at home/i })).not.toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toMatch(/^Check your answers/);

    await user.click(screen.getByRole('link', { name: 'Get my result' }));
    expect(screen.getByRole('heading', { level: 1, name: /look after this at home/i })).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toMatch(/^Your result/);
  });

  it('goes back from the result to the check page and forward again, each page whole and named', async () => {
    const { user } = await renderApp({ answers: REQUIRED_ONLY, at: '#/result' });
    await screen.findByRole('heading', { level: 1, name: /look after this at home/i });
    await user.click(screen.getByRole('link', { name: 'Back' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'What might be causing it' })).not.toBeInTheDocument();
    expect(document.title).toMatch(/^Check your answers/);

    await user.click(screen.getByRole('link', { name: 'Get my result' }));
    expect(screen.getByRole('heading', { level: 1, name: /look after this at home/i })).toHaveFocus();
    expect(await screen.findByRole('region', { name: 'What might be causing it' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Your result/);
  });

  it('returns to the check page after a change, keeping every other answer', async () => {
    const { user } = await renderApp({ answers: REQUIRED_ONLY, at: '#/check' });
    await user.click(screen.getByRole('link', { name: 'Change how bad the pain is' }));
    const score = within(await screen.findByRole('group', { name: 'How bad is the pain right now?' }));
    expect(score.getByRole('radio', { name: '4' })).toBeChecked();
    await user.click(score.getByRole('radio', { name: '6' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(within(row('How bad the pain is')).getByText('6 out of 10')).toBeInTheDocument();
    expect(within(row('Age')).getByText('30 years old')).toBeInTheDocument();
  });

  it('asks the follow-ups a change opens before returning', async () => {
    const answers = { ...REQUIRED_ONLY, exercises: ['deadlift' as const], retractsShoulders: 'yes' as const };
    const { user } = await renderApp({ answers, at: '#/check' });
    expect(screen.queryByText('Shoulders creep up towards the ears when pulling')).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Change what the workout held' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Rows' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your form and posture' })).toBeInTheDocument();
    const shrugs = within(screen.getByRole('group', { name: /shoulders creep up towards your ears/i }));
    await user.click(shrugs.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(within(row('Shoulders creep up towards the ears when pulling')).getByText('no')).toBeInTheDocument();
  });

  it('asks a follow-up only when it may apply', async () => {
    const { user } = await renderApp({
      answers: { ...REQUIRED_ONLY, age: undefined, history: undefined },
      at: '#/page/workout',
    });
    await user.click(screen.getByRole('checkbox', { name: 'Deadlift' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your form and posture' })).toBeInTheDocument();
    // No rows, pull-ups or overhead presses: nothing about shrugging or arching.
    expect(screen.getByRole('group', { name: /draw your shoulder blades back/i })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /shoulders creep up/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /lower back arch/i })).not.toBeInTheDocument();
  });

  it('does not ask about a workout when the pain did not start after one', async () => {
    const { user } = await renderApp({
      answers: { ...REQUIRED_ONLY, age: undefined, history: undefined },
      at: '#/page/timing-and-course',
    });
    const onset = within(screen.getByRole('group', { name: 'When did the pain start, compared with your last workout?' }));
    await user.click(onset.getByRole('radio', { name: 'At another time: it began at rest, at night or during other activity' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your form and posture' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /which of these were in your workout/i })).not.toBeInTheDocument();
  });
});
