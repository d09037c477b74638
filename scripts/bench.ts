import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import {
  compactEvaluator,
  createTriage,
  jsonRulesEngine,
  RULE_FILES,
  shippedRuleSet,
  validateAnswers,
  type Answers,
  type RuleEvaluator,
} from '../src/triage';
import { answersArbitrary } from '../tests/helpers/answer-arbitrary';

/**
 * `npm run bench`: triages 10,000 generated answer sets with each evaluator and prints the time per
 * triage (rules and the result read from them). The web app runs the compact evaluator; the command
 * line runs json-rules-engine. The goal (issue 19) is a p99 of 1 ms or less for what the app runs.
 */
const COUNT = 10_000;
const WARM_UP = 1_000;
const EVALUATORS: [string, RuleEvaluator][] = [
  ['compact evaluator (the web app)', compactEvaluator],
  ['json-rules-engine (the command line)', jsonRulesEngine],
];

const answerSets: Answers[] = fc.sample(answersArbitrary, { numRuns: COUNT + WARM_UP, seed: 20261121 }).map((input) => {
  const check = validateAnswers(input);
  if (!check.ok) throw new Error(`generated answers break the contract: ${JSON.stringify(check.problems)}`);
  return check.answers;
});

console.log(`triaged ${COUNT} generated answer sets per evaluator (node ${process.version}, ${RULE_FILES.length} rule files)`);
for (const [name, evaluator] of EVALUATORS) {
  const triage = createTriage(shippedRuleSet(), evaluator);
  for (const answers of answerSets.slice(0, WARM_UP)) await triage(answers);

  const micros: number[] = [];
  const dispositions: Record<string, number> = {};
  const started = performance.now();
  for (const answers of answerSets.slice(WARM_UP)) {
    const t0 = performance.now();
    const result = await triage(answers);
    micros.push((performance.now() - t0) * 1000);
    dispositions[result.disposition] = (dispositions[result.disposition] ?? 0) + 1;
  }
  const seconds = (performance.now() - started) / 1000;

  micros.sort((a, b) => a - b);
  const at = (q: number) => micros[Math.min(micros.length - 1, Math.floor(q * micros.length))]!;
  console.log(`\n${name}`);
  console.log(`  median ${at(0.5).toFixed(0)} µs, p99 ${at(0.99).toFixed(0)} µs, max ${micros.at(-1)!.toFixed(0)} µs per triage`);
  console.log(`  ${Math.round(COUNT / seconds)} sets per second`);
  console.log(`  dispositions: ${JSON.stringify(dispositions)}`);
}
