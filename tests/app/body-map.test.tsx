// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const openWhereItHurts = () => renderApp({ answers: { ...REQUIRED_ONLY, location: undefined }, at: '#/question/location' });

describe('where it hurts', () => {
  it('is a list of labelled checkboxes named after the contract', async () => {
    await openWhereItHurts();
    const places = screen.getAllByRole('checkbox');
    expect(places.map((box) => box.getAttribute('name'))).toEqual(Array(6).fill('location'));
    expect(screen.getByRole('checkbox', { name: 'Base of the neck or top of the shoulders' })).toHaveAttribute(
      'value',
      'neck_base',
    );
  });

  it('ticks and unticks a place when it is tapped on the picture', async () => {
    const { user } = await openWhereItHurts();
    const [leftShoulderBlade, rightShoulderBlade] = screen.getAllByTestId('body-map-shoulder_blade');
    await user.click(leftShoulderBlade!);
    expect(screen.getByRole('checkbox', { name: 'On a shoulder blade' })).toBeChecked();
    await user.click(rightShoulderBlade!);
    expect(screen.getByRole('checkbox', { name: 'On a shoulder blade' })).not.toBeChecked();
  });

  it('works from the keyboard alone', async () => {
    const { user } = await openWhereItHurts();
    // Each page opens with focus on its heading.
    screen.getByRole('heading', { level: 1 }).focus();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Base of the neck or top of the shoulders' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    await user.keyboard(' ');
    expect(screen.getAllByRole('checkbox', { checked: true }).map((box) => box.getAttribute('value'))).toEqual([
      'neck_base',
      'between_shoulder_blades',
    ]);
  });

  it('asks for at least one place', async () => {
    const { user } = await openWhereItHurts();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select where it hurts');
  });
});
