import { describe, expect, it } from 'vitest';
import { vignetteFiles } from './helpers/vignettes';
import { triageAnswers } from './helpers/triage';

describe.each(Object.entries(vignetteFiles()))('vignettes in %s', (_file, vignettes) => {
  it.each(vignettes.map((v) => [v.id, v] as const))('%s', async (_id, vignette) => {
    const result = await triageAnswers(vignette.answers);
    const topThree = result.causes.slice(0, 3).map((c) => c.id);
    expect({ disposition: result.disposition, causes: vignette.expect.causes.filter((c) => topThree.includes(c as never)) }).toEqual({
      disposition: vignette.expect.disposition,
      causes: vignette.expect.causes,
    });
  });
});
