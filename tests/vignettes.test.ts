import { describe, expect, it } from 'vitest';
import { DISPOSITIONS } from '../src/triage';
import { triageAnswers } from './helpers/triage';
import { vignetteFiles } from './helpers/vignettes';

/**
 * The guidance*.json files were written from the clinical guidance by people who had not seen the
 * rules: there the level must be safe and within the defensible range (exactness is reported by
 * `npm run vignettes`).
 * Every other file must give exactly the expected level.
 */
const mustBeExact = (file: string) => !file.startsWith('guidance');

describe.each(Object.entries(vignetteFiles()))('vignettes in %s', (file, vignettes) => {
  it.each(vignettes.map((v) => [v.id, v] as const))('%s', async (_id, vignette) => {
    const result = await triageAnswers(vignette.answers);
    const topThree = result.causes.slice(0, 3).map((c) => c.id as string);
    expect(
      vignette.expect.causes.filter((c) => !topThree.includes(c)),
      'expected causes missing from the first three',
    ).toEqual([]);
    if (mustBeExact(file)) {
      expect(result.disposition).toBe(vignette.expect.disposition);
    } else {
      expect(vignette.expect.acceptable).toContain(result.disposition);
    }
    const leastAcceptable = Math.max(...vignette.expect.acceptable.map((d) => DISPOSITIONS.indexOf(d)));
    expect(DISPOSITIONS.indexOf(result.disposition), 'under-triaged').toBeLessThanOrEqual(leastAcceptable);
  });
});
