// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withoutField } from '../../src/app/lib/answers-draft';
import { publicVignette, REQUIRED_ONLY } from './support/answers';
import { fillPage, pageOnScreen, pressContinue, questionOnScreen } from './support/answer-page';
import { renderApp } from './support/render-app';

/** Waits for the new page's heading to take focus, as a full page load would put it at the top. */
async function expectFocusOnHeading() {
  const h1 = screen.getByRole('heading', { level: 1 });
  await waitFor(() => expect(h1).toHaveFocus());
  return h1;
}

describe('focus on each new page', () => {
  it(
    'moves to the heading after Continue on every page, number pages too, and the next Tab reaches the first question',
    { timeout: 20_000 },
    async () => {
      const { answers } = publicVignette('doms-classic');
      const { user } = await renderApp();
      await user.click(screen.getByRole('link', { name: 'Start now' }));

      const visited: string[] = [];
      const numberPages: string[] = [];
      while (!window.location.hash.startsWith('#/check')) {
        const h1 = await expectFocusOnHeading();
        const page = pageOnScreen();
        visited.push(page.id);
        expect(visited.length, 'a page came round again').toBeLessThanOrEqual(10);
        if (page.items.some((item) => item.kind === 'number' && questionOnScreen(item))) numberPages.push(page.id);

        // The next Tab reaches the page's first control: the first question comes right after the heading.
        const first = page.items.map(questionOnScreen).find((control) => control !== undefined)!;
        await user.tab();
        const firstControl =
          first.tagName === 'INPUT'
            ? first
            : (within(first).queryAllByRole('radio')[0] ?? within(first).getAllByRole('checkbox')[0]);
        expect(firstControl).toHaveFocus();
        expect(h1).not.toHaveFocus();

        await fillPage(user, answers);
        await pressContinue(user);
      }
      const checkPage = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
      await waitFor(() => expect(checkPage).toHaveFocus());

      expect(visited).toHaveLength(10);
      expect(numberPages).toEqual(['timing-and-course', 'form-and-posture', 'about-you']);
    },
  );

  it('moves to the heading of the next page after a number was put right, not to the box or the error summary', async () => {
    const { user } = await renderApp({ answers: withoutField(REQUIRED_ONLY, 'age'), at: '#/page/about-you' });
    const age = screen.getByRole('textbox', { name: 'How old are you?' });
    await user.type(age, 'thirty');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert')).toHaveFocus();

    await user.clear(age);
    await user.type(age, '30');
    await pressContinue(user);
    const h1 = await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    await waitFor(() => expect(h1).toHaveFocus());
    expect(h1.tagName).toBe('H1');
  });

  it('moves to the heading of a page whose first question is a number box, and the next Tab reaches the box', async () => {
    const { user } = await renderApp({ answers: withoutField(REQUIRED_ONLY, 'age'), at: '#/page/form-and-posture' });
    await pressContinue(user);
    const h1 = await screen.findByRole('heading', { level: 1, name: 'About you' });
    await waitFor(() => expect(h1).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'How old are you?' })).toHaveFocus();
  });
});
