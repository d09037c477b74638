/**
 * `npm run screens`: how many screens a person goes through, measured by answering every public
 * vignette through the built app in Chromium. A screen is every page shown after "Start now", up to
 * and including the result (the pages of questions, the check page, the result). Prints the count
 * for each vignette, the median and the most (emergency stops shown apart: they end early on
 * purpose), and the time the start page states, from the questionnaire's words and answers.
 */
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

const app = await serveBuiltApp();
const browser = await launchChromium();
const counts: { id: string; screens: number; level: string }[] = [];
try {
  for (const vignette of vignetteFiles()['public.json'] ?? []) {
    const watched = await openWatchedPage(browser, app.origin, PHONE);
    try {
      const seen: string[] = [];
      const level = await answerThroughPage(watched.page, vignette.answers, {
        onPage: (_page, hash) => Promise.resolve(void seen.push(hash)),
      });
      // The first page seen is the start page.
      counts.push({ id: vignette.id, screens: seen.length - 1, level });
    } finally {
      await watched.close();
    }
  }
} finally {
  await browser.close();
  await app.close();
}

for (const { id, screens, level } of counts) console.log(`${id.padEnd(24)} ${String(screens).padStart(3)} screens  ${level}`);
const walked = counts.filter((c) => c.level !== 'emergency').map((c) => c.screens);
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
