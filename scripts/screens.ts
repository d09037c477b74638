/**
 * `npm run screens`: how many screens a person goes through, measured by answering every public
 * vignette through the built app in Chromium. A screen is every page shown after "Start now", up to
 * and including the result (the pages of questions, the check page, the result). Prints the count
 * for each vignette, the median and the most (emergency stops shown apart: they end early on
 * purpose), and the time the start page states, from the questionnaire's words and answers.
 * `npm run screens -- --all` walks every vignette but the check-ins (a few minutes), and for each
 * walk counts the questions shown and the words on the pages of questions, read at the start
 * page's pace: the median answers and minutes.
 */
import type { Page } from 'playwright-core';
import { shippedRuleSet, timeToAnswer } from '../src/triage';
import { vignetteFiles } from '../tests/helpers/vignettes';
import { answerThroughPage } from '../tests/e2e/support/answer-through-page';
import { launchChromium, openWatchedPage, PHONE } from '../tests/e2e/support/chromium';
import { serveBuiltApp } from '../tests/e2e/support/serve-built-app';

const TARGET_MEDIAN = 12;
const TARGET_MOST = 16;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The start page's own reading model (src/triage/time-to-answer.ts): 238 words a minute, 3 s an answer and 3 s a page. */
const secondsFor = ({ words, questions, pages }: { words: number; questions: number; pages: number }) =>
  (words / 238) * 60 + questions * 3 + pages * 3;

/** Run in the page: the questions on a page of questions (one per control name) and the words of its form. */
function pageOfQuestions(): { questions: number; words: number } {
  const form = document.querySelector('main form');
  const names = new Set(Array.from(form?.querySelectorAll('input[name]') ?? [], (input) => input.getAttribute('name')));
  return { questions: names.size, words: (form?.textContent?.match(/\S+/g) ?? []).length };
}

const all = process.argv.includes('--all');
const vignettes = Object.entries(vignetteFiles())
  .filter(([file]) => all || file === 'public.json')
  .flatMap(([, cases]) => cases)
  .filter((vignette) => vignette.answers.visit === undefined);

const app = await serveBuiltApp();
const browser = await launchChromium();
const counts: { id: string; screens: number; level: string; questions: number; seconds: number }[] = [];
try {
  for (const vignette of vignettes) {
    const watched = await openWatchedPage(browser, app.origin, PHONE);
    try {
      const seen: string[] = [];
      const read = { words: 0, questions: 0, pages: 0 };
      const onPage = async (page: Page, hash: string) => {
        seen.push(hash);
        if (!hash.startsWith('#/page/')) return;
        const { questions, words } = await page.evaluate(pageOfQuestions);
        Object.assign(read, { words: read.words + words, questions: read.questions + questions, pages: read.pages + 1 });
      };
      const level = await answerThroughPage(watched.page, vignette.answers, { onPage });
      // The first page seen is the start page.
      counts.push({ id: vignette.id, screens: seen.length - 1, level, questions: read.questions, seconds: secondsFor(read) });
    } finally {
      await watched.close();
    }
  }
} finally {
  await browser.close();
  await app.close();
}

for (const { id, screens, level, questions, seconds } of counts)
  console.log(
    `${id.padEnd(40)} ${String(screens).padStart(3)} screens ${String(questions).padStart(3)} questions ${(seconds / 60).toFixed(1).padStart(5)} min  ${level}`,
  );
const through = counts.filter((c) => c.level !== 'emergency');
console.log(
  `\nquestions shown, not stopped for an emergency (${through.length}): median ${median(through.map((c) => c.questions))}; ` +
    `time by the reading model: median ${(median(through.map((c) => c.seconds)) / 60).toFixed(1)} min`,
);
const walked = through.map((c) => c.screens);
const stops = counts.filter((c) => c.level === 'emergency').map((c) => c.screens);
console.log(`\nnot stopped for an emergency (${walked.length}): median ${median(walked)}, most ${Math.max(...walked)}`);
console.log(`emergency stops (${stops.length}): ${stops.join(', ')} screens`);
const time = timeToAnswer(shippedRuleSet().questionnaire);
console.log(
  `time to answer every question: ${time.words} words to read at 238 a minute and ${time.answers} answers on ${time.pages} pages: ${time.seconds} s, "up to ${time.minutes} minutes"`,
);
if (median(walked) > TARGET_MEDIAN || Math.max(...walked) > TARGET_MOST) {
  console.error(`over target: median at most ${TARGET_MEDIAN}, none more than ${TARGET_MOST}`);
  process.exitCode = 1;
}
