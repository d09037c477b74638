import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { createTriage, RULE_FILES, shippedRuleSet, validateAnswers, type Answers } from '../src/triage';
import { answersArbitrary } from '../tests/helpers/answer-arbitrary';

/** Triages 10,000 generated answer sets through the shipped engine and prints the time per triage. */
const COUNT = 10_000;
const WARM_UP = 1_000;

const answerSets: Answers[] = fc.sample(answersArbitrary, { numRuns: COUNT + WARM_UP, seed: 20261121 }).map((input) => {
  const check = validateAnswers(input);
  if (!check.ok) throw new Error(`generated answers break the contract: ${JSON.stringify(check.problems)}`);
  return check.answers;
});

const triage = createTriage(shippedRuleSet());
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
console.log(`triaged ${COUNT} generated answer sets (node ${process.version}, ${RULE_FILES.length} rule files)`);
console.log(`median ${at(0.5).toFixed(0)} µs, p99 ${at(0.99).toFixed(0)} µs, max ${micros.at(-1)!.toFixed(0)} µs per triage`);
console.log(`${Math.round(COUNT / seconds)} sets per second`);
console.log(`dispositions: ${JSON.stringify(dispositions)}`);
