// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AnswersDraft } from '../../src/app/lib/answers-draft';
import { loadRuleSet, RULE_FILES, SHIPPED_SOURCES } from '../../src/triage';
import { publicVignette, REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const vignette = (id: string) => publicVignette(id).answers as AnswersDraft;

async function showResult(answers: AnswersDraft, language: string) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue([language]);
  await renderApp({ answers, at: '#/result', language });
  await screen.findByRole('heading', { level: 1 });
  return screen.getByRole('region', { name: /advice|action required|call/i });
}

describe('the same-day route on a result', () => {
  const withNumber = [
    ['en-GB', 'call NHS 111 or go to 111.nhs.uk today; call 999', '111', 'tel:111'],
    ['en-AU', 'call healthdirect on 1800 022 222 or see a GP today; call 000', '1800 022 222', 'tel:1800022222'],
    ['en-NZ', 'call Healthline on 0800 611 116 or see a GP today; call 111', '0800 611 116', 'tel:0800611116'],
    ['en-CA', 'call the health line on 811 today; call 911', '811', 'tel:811'],
  ];
  const calmLevels = [
    ['doms-classic', 'self_care'],
    ['arm-numbness', 'doctor'],
  ];
  it.each(withNumber.flatMap((region) => calmLevels.map((level) => [...region, ...level])))(
    'in %s says "… %s …" with %s linked to %s (%s, %s)',
    async (language, words, number, href, vignetteId, level) => {
      const card = await showResult(vignette(vignetteId), language);
      expect(card).toHaveAttribute('data-disposition', level);
      expect(card).toHaveTextContent(
        `If the pain gets worse, or keeps you awake at night, ${words} if you get any of the emergency signs.`,
      );
      expect(within(card).getByRole('link', { name: number })).toHaveAttribute('href', href);
    },
  );

  it.each([
    ['en-US', 'go to urgent care or call your doctor’s nurse line today; call 911'],
    ['en-IE', 'call your GP or the GP out-of-hours service today; call 112 or 999'],
    ['fr-FR', 'call your doctor or the out-of-hours service today; call 112'],
    ['en-IN', 'see a doctor or go to a hospital outpatient service today; call 112'],
    ['en', 'see a doctor or pharmacist today; call your local emergency number'],
  ])('in %s, where there is no one number for the same day, names the service', async (language, words) => {
    const card = await showResult(vignette('doms-classic'), language);
    expect(card).toHaveAttribute('data-disposition', 'self_care');
    expect(card).toHaveTextContent(
      `If the pain gets worse, or keeps you awake at night, ${words} if you get any of the emergency signs.`,
    );
  });

  it.each([
    ['en-GB', 'Call NHS 111 or go to 111.nhs.uk today.', 'Call NHS 111', 'tel:111'],
    ['en-NZ', 'Call Healthline on 0800 611 116 or see a GP today.', 'Call Healthline', 'tel:0800611116'],
    ['en-CA', 'Call the health line on 811 today.', 'Call 811', 'tel:811'],
  ])('in %s, a get-help-today card gives the same-day route and its number', async (language, action, link, href) => {
    const card = await showResult(vignette('fever'), language);
    expect(card).toHaveAttribute('data-disposition', 'urgent');
    expect(card).toHaveTextContent(action);
    expect(within(card).getByRole('link', { name: link })).toHaveAttribute('href', href);
  });

  it("in the safety net, says what to do for each kind of sign in the region's words", async () => {
    await showResult(REQUIRED_ONLY, 'en-AU');
    const safetyNet = await screen.findByRole('region', { name: /get help if things change/i });
    expect(within(safetyNet).getByText('Call 000 at once if you notice any of these:')).toBeInTheDocument();
    expect(
      within(safetyNet).getByText('Call healthdirect on 1800 022 222 or see a GP today if you notice any of these:'),
    ).toBeInTheDocument();
  });
});

describe('somewhere else, where we cannot know the emergency number', () => {
  it('tells the person to call their local emergency number, and that 112 works from most mobiles', async () => {
    const card = await showResult(vignette('cord-compression'), 'ja-JP');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Immediate action required: Call your local emergency number now' }),
    ).toBeInTheDocument();
    expect(card).toHaveAttribute('data-disposition', 'emergency');
    expect(within(card).getByRole('link', { name: '112 works from most mobile phones' })).toHaveAttribute('href', 'tel:112');
    expect(within(card).queryByRole('link', { name: /^call/i })).not.toBeInTheDocument();
  });

  it('says the same in the header on every page, without a link that dials a number that may be wrong', async () => {
    await showResult(vignette('doms-classic'), 'ja-JP');
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Emergency? Call your local emergency number');
    expect(within(header).queryByRole('link', { name: /emergency number|112/ })).not.toBeInTheDocument();
  });

  it('says the same in the safety net', async () => {
    await showResult(REQUIRED_ONLY, 'en');
    const safetyNet = await screen.findByRole('region', { name: /get help if things change/i });
    expect(
      within(safetyNet).getByText('Call your local emergency number at once if you notice any of these:'),
    ).toBeInTheDocument();
    expect(within(safetyNet).getByRole('link', { name: '112 works from most mobile phones' })).toHaveAttribute('href', 'tel:112');
  });

  it('says the same on the card shown when the tool cannot check the symptoms', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en']);
    const loadBrokenRules = async () =>
      loadRuleSet({ ...SHIPPED_SOURCES, files: [...RULE_FILES, { file: 'broken.json', content: { rules: 'not a list' } }] });
    await renderApp({ answers: REQUIRED_ONLY, at: '#/result', language: 'en', loadRules: loadBrokenRules });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Important: We cannot check your symptoms right now' });
    const card = heading.closest('section') as HTMLElement;
    expect(card).toHaveTextContent('Call your local emergency number now if you get any of these:');
    expect(within(card).getByRole('link', { name: '112 works from most mobile phones' })).toHaveAttribute('href', 'tel:112');
  });
});
