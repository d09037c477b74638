import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleJsonSchemas } from '../src/triage/json-schemas';

for (const [file, text] of Object.entries(ruleJsonSchemas())) {
  writeFileSync(join('rules', file), text);
  console.log(`wrote rules/${file}`);
}
