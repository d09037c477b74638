import fc from 'fast-check';
import { validateAnswers, type Answers } from '../../src/triage';
import { answersArbitrary } from './answer-arbitrary';
import { vignetteFiles } from './vignettes';

/** Every vignette, plus generated answer sets (a fixed seed, so a check reads the same every time). */
export function ruleCheckCases(generated = 2_000): Answers[] {
  const inputs = [
    ...Object.values(vignetteFiles())
      .flat()
      .map((v) => v.answers),
    ...fc.sample(answersArbitrary, { numRuns: generated, seed: 7 }),
  ];
  return inputs.flatMap((input) => {
    const check = validateAnswers(input);
    return check.ok ? [check.answers] : [];
  });
}
