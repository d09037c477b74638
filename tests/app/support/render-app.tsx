import { act, cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { App } from '../../../src/app/app';
import { ANSWERS_KEY, ANSWERS_VERSION } from '../../../src/app/lib/answers-storage';
import type { AnswersDraft } from '../../../src/app/lib/answers-draft';
import { shippedRuleSet, type RuleSet } from '../../../src/triage';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  vi.restoreAllMocks();
});

const saveAnswersAsTheAppDoes = (answers: AnswersDraft) =>
  window.localStorage.setItem(ANSWERS_KEY, JSON.stringify({ version: ANSWERS_VERSION, answers }));

interface RenderAppOptions {
  /** Answers already saved on the device, as if given on an earlier visit. */
  answers?: AnswersDraft;
  /** The page to open, e.g. "#/page/where-and-how-bad". */
  at?: string;
  /** Where the app gets its rules; by default the shipped ones, read here rather than fetched. */
  loadRules?: () => Promise<RuleSet>;
  language?: string;
  /** Open the page as a refresh does: the tab's history entry, and what it holds, stay as they are. */
  reload?: boolean;
}

/** Opens the app as a person would find it; async so that a page that works something out can settle. */
export async function renderApp({
  answers,
  at = '#/',
  loadRules = async () => shippedRuleSet(),
  language = 'en-GB',
  reload = false,
}: RenderAppOptions = {}) {
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(language);
  if (answers) saveAnswersAsTheAppDoes(answers);
  if (!reload) window.history.replaceState(null, '', at);
  const user = userEvent.setup();
  const rendered = await act(async () => render(<App loadRules={loadRules} />));
  return { user, ...rendered };
}
