// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withoutField } from '../../src/app/lib/answers-draft';
import { REQUIRED_ONLY } from './support/answers';
import { pressContinue } from './support/answer-page';
import { renderApp } from './support/render-app';

const openWhereItHurts = () => renderApp({ answers: withoutField(REQUIRED_ONLY, 'location'), at: '#/page/where-and-how-bad' });
const whereItHurts = () => screen.getByRole('group', { name: 'Where does it hurt?' });

describe('where it hurts', () => {
  it('is a list of labelled checkboxes named after the contract, on the page with the other questions about the pain', async () => {
    await openWhereItHurts();
    expect(screen.getByRole('heading', { level: 1, name: 'Where it hurts and how bad it is' })).toBeInTheDocument();
    for (const question of ['Which side hurts?', 'What does the pain feel like?', 'How bad is the pain right now?'])
      expect(screen.getByRole('group', { name: question })).toBeInTheDocument();

    const places = within(whereItHurts()).getAllByRole('checkbox');
    expect(places.map((box) => box.getAttribute('name'))).toEqual(Array(6).fill('location'));
    expect(within(whereItHurts()).getByRole('checkbox', { name: 'Base of the neck or top of the shoulders' })).toHaveAttribute(
      'value',
      'neck_base',
    );
    expect(whereItHurts()).toHaveAccessibleDescription(/tap the picture of the back or use the list/i);
    // Only the places are named "location": the other questions have their own controls.
    expect(document.querySelectorAll('main input[name="location"]')).toHaveLength(6);
  });

  it('ticks and unticks a place when it is tapped on the picture', async () => {
    const { user } = await openWhereItHurts();
    const [leftShoulderBlade, rightShoulderBlade] = screen.getAllByTestId('body-map-shoulder_blade');
    await user.click(leftShoulderBlade!);
    expect(screen.getByRole('checkbox', { name: 'On a shoulder blade' })).toBeChecked();
    await user.click(rightShoulderBlade!);
    expect(screen.getByRole('checkbox', { name: 'On a shoulder blade' })).not.toBeChecked();
  });

  it('sends the places tapped on the picture when Continue is pressed', async () => {
    const { user } = await openWhereItHurts();
    await user.click(screen.getAllByTestId('body-map-spine')[0]!);
    await user.click(screen.getAllByTestId('body-map-side_ribs')[1]!);
    await pressContinue(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'When it started and how it is going' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Where it hurts and how bad it is' });
    expect(
      within(whereItHurts())
        .getAllByRole('checkbox', { checked: true })
        .map((box) => box.getAttribute('value')),
    ).toEqual(['spine', 'side_ribs']);
  });

  it('works from the keyboard alone: the picture is skipped, the list is reached first', async () => {
    const { user } = await openWhereItHurts();
    // Each page opens with focus on its heading.
    screen.getByRole('heading', { level: 1 }).focus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Base of the neck or top of the shoulders' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    expect(
      within(whereItHurts())
        .getAllByRole('checkbox', { checked: true })
        .map((box) => box.getAttribute('value')),
    ).toEqual(['neck_base', 'between_shoulder_blades']);
  });

  it('asks for at least one place, and links the problem to the first place', async () => {
    const { user } = await openWhereItHurts();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    const problems = within(summary).getAllByRole('link');
    expect(problems.map((link) => link.textContent)).toEqual(['Where it hurts: select where it hurts']);
    expect(whereItHurts()).toHaveAccessibleDescription(/error: where it hurts: select where it hurts/i);
    expect(window.location.hash).toBe('#/page/where-and-how-bad');

    await user.click(problems[0]!);
    expect(screen.getByRole('checkbox', { name: 'Base of the neck or top of the shoulders' })).toHaveFocus();
  });
});
