import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedRuleSet } from '../src/triage';
import { vignetteFiles } from './helpers/vignettes';

const root = join(import.meta.dirname, '..');
const log = readFileSync(join(root, 'docs', 'clinical-safety.md'), 'utf8');
const named = (kind: string) => [...log.matchAll(new RegExp(`${kind}:([a-z0-9-]+)`, 'g'))].map((m) => m[1]!);
const paths = [...log.matchAll(/`((?:tests|src|rules|scripts|vite-plugins)\/[^`\s]+)`/g)].map((m) => m[1]!);

describe('the hazard log (docs/clinical-safety.md)', () => {
  const rules = shippedRuleSet().rules;

  it('names only rules that exist', () => {
    const ids = new Set(rules.map((r) => r.name));
    expect(named('rule').filter((id) => !ids.has(id))).toEqual([]);
  });

  it('names only vignettes that exist, and every vignette is a test', () => {
    const ids = new Set(
      Object.values(vignetteFiles())
        .flat()
        .map((v) => v.id),
    );
    expect(named('vignette').filter((id) => !ids.has(id))).toEqual([]);
  });

  it('names only files that exist', () => {
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('names every rule that raises the level under a hazard', () => {
    const inLog = new Set(named('rule'));
    expect(rules.filter((r) => r.event.params.level !== 'self_care' && !inLog.has(r.name)).map((r) => r.name)).toEqual([]);
  });

  it.each([
    'dissection',
    'heart attack',
    'clot in the lung',
    'spinal cord',
    'muscle breakdown',
    'infection or cancer',
    'broken bone',
    'only DOMS',
    '"not sure" read as "no"',
    'wrong emergency number',
    'outside the tool',
    'software fails',
    'stale or corrupted rules',
  ])('has a hazard for %s, with its controls and residual risk', (words) => {
    const section = log
      .split('\n## ')
      .find((s) => /^H\d+\./.test(s) && s.split('\n')[0]!.toLowerCase().includes(words.toLowerCase()));
    expect(section, words).toBeDefined();
    expect(section).toMatch(/\|\s*control\s*\|\s*where\s*\|\s*proved by\s*\|/);
    // A table with its heading and nothing under it controls nothing.
    const rows = section!.split('\n').filter((line) => line.startsWith('|') && !/^\|\s*(control|-+)\s*\|/.test(line));
    expect(rows.length, `${words}: controls`).toBeGreaterThan(0);
    expect(section).toMatch(/\*\*Residual risk \(\d\)/);
  });
});
