import { mkdirSync, writeFileSync } from 'node:fs';
import { shippedRuleSet } from '../src/triage';
import { rulebookMarkdown } from '../src/triage/rulebook';

/** `npm run rules:doc`: writes docs/rulebook.md from rules/. */
mkdirSync('docs', { recursive: true });
writeFileSync('docs/rulebook.md', rulebookMarkdown(shippedRuleSet()));
console.log('wrote docs/rulebook.md');
