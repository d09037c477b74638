import { z } from 'zod/mini';
import { catalogueSchema } from './catalogue-schema';
import { questionnaireSchema } from './questionnaire-schema';
import { regionsFileSchema } from './regions-schema';
import { ruleFileSchema } from './rule-schema';

/** JSON Schemas for `rules/`, generated from the zod schemas the loader enforces, so editors check rules as they are written. */
export function ruleJsonSchemas(): Record<string, string> {
  const write = (schema: z.ZodMiniType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input' }) }, null, 2)}\n`;
  return {
    'rule-file.schema.json': write(ruleFileSchema, 'A triage rule file (json-rules-engine rules)'),
    'catalogue.schema.json': write(catalogueSchema, 'The triage catalogue: causes, advice and safety net'),
    'questionnaire.schema.json': write(
      questionnaireSchema,
      'The questionnaire: every question, its options, its page and when it is asked',
    ),
    'regions.schema.json': write(
      regionsFileSchema,
      'The regions: each one’s emergency number and same-day line, with their sources',
    ),
  };
}
