import { mkdirSync, writeFileSync } from 'node:fs';
import { CATALOGUE_FILE, loadRuleSet, RULE_FILES } from '../src/triage';
import { rulebookMarkdown } from '../src/triage/rulebook';

/** `npm run rules:doc`: writes docs/rulebook.md from rules/. */
mkdirSync('docs', { recursive: true });
writeFileSync('docs/rulebook.md', rulebookMarkdown(loadRuleSet(RULE_FILES, CATALOGUE_FILE)));
console.log('wrote docs/rulebook.md');
