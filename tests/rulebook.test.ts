import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulebook, rulebookMarkdown } from '../src/triage/rulebook';
import { ruleSet } from './helpers/triage';

describe('the rulebook', () => {
  it('is current: docs/rulebook.md is what rules:doc writes from rules/', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'docs', 'rulebook.md'), 'utf8');
    expect(committed, 'docs/rulebook.md is stale: run npm run rules:doc').toBe(rulebookMarkdown(ruleSet));
  });

  it('has every rule once, under the level it calls for', () => {
    const entries = rulebook(ruleSet).flatMap((g) => g.entries.map((e) => [e.id, e.level, g.level]));
    expect(entries.map(([id]) => id).sort()).toEqual(ruleSet.rules.map((r) => r.name).sort());
    expect(entries.every(([, level, group]) => level === group)).toBe(true);
  });

  it('reads a rule in plain words', () => {
    const tearing = rulebook(ruleSet)
      .flatMap((g) => g.entries)
      .find((e) => e.id === 'tearing-pain');
    expect(tearing?.when).toBe('Pain that felt like tearing or ripping: yes or not sure');
    const window = rulebook(ruleSet)
      .flatMap((g) => g.entries)
      .find((e) => e.id === 'severe-and-not-improving');
    expect(window?.when).toBe(
      'How bad the pain is at least 7 out of 10; and How long it has hurt at least 3 days; and The pain is not getting better (or the trend was not given)',
    );
  });
});
