// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnswersDraft } from '../../src/app/lib/answers-draft';
import { publicVignette, REQUIRED_ONLY } from './support/answers';
import { renderApp } from './support/render-app';

const showResult = (answers: AnswersDraft, language = 'en-GB') => renderApp({ answers, at: '#/result', language });
const careCard = () => screen.getByRole('region', { name: /advice|action required/i });

describe('the result', () => {
  it('gives self-care with the likely cause, why, its source, the plan, the safety net and when to check again', async () => {
    await showResult(publicVignette('doms-classic').answers);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Self-care advice: You can look after this at home' }),
    ).toBeInTheDocument();
    expect(careCard()).toHaveAttribute('data-disposition', 'self_care');

    const causes = await screen.findByRole('region', { name: 'What might be causing it' });
    const doms = within(causes)
      .getByRole('heading', { name: 'Delayed onset muscle soreness (DOMS)' })
      .closest('li') as HTMLElement;
    expect(within(doms).getByText('When it started: the day after the workout')).toBeInTheDocument();
    expect(within(doms).getByRole('link', { name: 'Cleveland Clinic: delayed onset muscle soreness (DOMS)' })).toHaveAttribute(
      'href',
      'https://my.clevelandclinic.org/health/diseases/delayed-onset-muscle-soreness',
    );
    expect(document.body).not.toHaveTextContent(/seed/i);

    // The sections below the first screen follow the first paint.
    expect(await screen.findByRole('region', { name: 'When to check again' })).toHaveTextContent(/check again with this tool/i);
    expect(
      within(await screen.findByRole('region', { name: /get help if things change/i })).getAllByRole('listitem').length,
    ).toBeGreaterThan(0);
  });

  it('says what to do and when to get help first, then why, then the self-care steps and when to check again', async () => {
    await showResult(publicVignette('doms-classic').answers);
    const summaryLink = await screen.findByRole('link', { name: 'Summary for a doctor or nurse' });
    const inReadingOrder = [
      careCard(),
      screen.getByRole('region', { name: /get help if things change/i }),
      screen.getByRole('region', { name: 'What might be causing it' }),
      screen.getByRole('region', { name: 'What you can do now' }),
      screen.getByRole('region', { name: 'When to check again' }),
      summaryLink,
    ];
    inReadingOrder.slice(1).forEach((later, index) => {
      expect(inReadingOrder[index]!.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });
  });

  it('lists the self-care steps by name, each opening to say how and who says so', async () => {
    const { user } = await showResult(publicVignette('doms-classic').answers);
    const plan = await screen.findByRole('region', { name: 'What you can do now' });
    const steps = within(plan).getAllByRole('group');
    expect(steps.length).toBeGreaterThan(1);

    const cold = within(plan).getByText('Cold at first');
    const how = within(plan).getByText(/hold an ice pack/i);
    expect(how).not.toBeVisible();
    await user.click(cold);
    expect(how).toBeVisible();
    expect(
      within(cold.closest('details') as HTMLElement).getByRole('link', { name: 'NHS: sprains and strains' }),
    ).toHaveAttribute('href', expect.stringContaining('nhs.uk'));
  });

  it('says what to do if a sign the person was not sure of is there, in the words of the start page', async () => {
    await showResult({ ...(publicVignette('doms-classic').answers as AnswersDraft), exertionPain: 'unsure' });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Non-urgent advice: See a GP or physiotherapist in the next few days',
      }),
    ).toBeInTheDocument();
    const notSure = await screen.findByRole('region', { name: 'You were not sure about some signs' });
    expect(notSure).toHaveTextContent(
      'Pain or tightness that comes on with exertion and eases with rest: call NHS 111 or go to 111.nhs.uk today',
    );
  });

  it.each([
    ['fever', 'urgent', 'Urgent advice: Get medical help today'],
    ['arm-numbness', 'doctor', 'Non-urgent advice: See a GP or physiotherapist in the next few days'],
    ['cord-compression', 'emergency', 'Immediate action required: Call 999 now'],
  ])('gives the %s vignette the %s care card', async (id, level, heading) => {
    await showResult(publicVignette(id).answers);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(careCard()).toHaveAttribute('data-disposition', level);
  });

  it('lists every cause the answers point to, not only the first', async () => {
    await showResult(publicVignette('fever').answers);
    const causes = await screen.findByRole('region', { name: 'What might be causing it' });
    expect(await within(causes).findByRole('heading', { name: 'Delayed onset muscle soreness (DOMS)' })).toBeInTheDocument();
    expect(
      within(causes)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Infection', 'An illness that needs looking into', 'Delayed onset muscle soreness (DOMS)']);
  });

  it("uses the region's numbers and services", async () => {
    await showResult(publicVignette('fever').answers, 'en-AU');
    expect(await screen.findByRole('link', { name: 'Call healthdirect' })).toHaveAttribute('href', 'tel:1800022222');
  });

  it('names a "not sure" answer that raised the level, so the person can check it', async () => {
    await showResult({ ...REQUIRED_ONLY, fever: 'unsure' });
    expect(await screen.findByRole('heading', { level: 1, name: /see a GP or physiotherapist/i })).toBeInTheDocument();
    expect(await screen.findByText(/you answered “not sure” to “fever, chills or night sweats”/i)).toBeInTheDocument();
  });

  it('is not shown before the questions are answered', async () => {
    await showResult({ chestPain: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your chest, and how you feel with the pain' }),
    ).toBeInTheDocument();
  });

  it('changes when an answer changes: it is worked out from the answers, not kept', async () => {
    const { user } = await showResult(REQUIRED_ONLY);
    await screen.findByRole('heading', { level: 1, name: /look after this at home/i });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(await screen.findByRole('link', { name: 'Change pain at rest or at night that no position eases' }));
    const nightPain = await screen.findByRole('group', { name: /carry on when you rest or lie down/i });
    await user.click(within(nightPain).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('link', { name: 'Get my result' }));
    expect(await screen.findByRole('heading', { level: 1, name: /get medical help today/i })).toBeInTheDocument();
  });
});
