import { z } from 'zod';
import { CAUSE_IDS, DISPOSITIONS } from './contract';
import { FACT_NAMES } from './facts';

/**
 * The shape of a rule file in `rules/`: json-rules-engine's own rule format, narrowed.
 * Only positive tests are allowed (no `not`, `notEqual`, `notIn`, `doesNotContain`): they pass on a
 * missing or "not sure" answer, which would read "unsure" as "no".
 */
export const OPERATORS = [
  'equal',
  'in',
  'contains',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
] as const;
export type Operator = (typeof OPERATORS)[number];

export const sourceSchema = z
  .strictObject({
    title: z.string().min(3).describe('Who says so: a seed article or a named guidance page'),
    url: z.url().optional(),
  })
  .describe('Where the clinical fact behind this comes from');
export type Source = z.infer<typeof sourceSchema>;

export const leafConditionSchema = z
  .strictObject({
    fact: z.enum(FACT_NAMES).describe('An answer field of the contract, or a derived fact'),
    operator: z.enum(OPERATORS),
    value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]),
  })
  .describe('One test of one answer');
export type LeafCondition = z.infer<typeof leafConditionSchema>;

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    leafConditionSchema,
    z.strictObject({ all: z.array(conditionSchema).min(1).describe('Every one of these holds') }),
    z.strictObject({ any: z.array(conditionSchema).min(1).describe('At least one of these holds') }),
  ]),
);

export const ruleSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id, e.g. "chest-pain"')
    .describe('The rule\'s stable id: never reuse or rename one that has shipped'),
  priority: z.number().int().min(1).optional(),
  conditions: z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
  ]),
  event: z.strictObject({
    type: z.literal('triage'),
    params: z.strictObject({
      level: z.enum(DISPOSITIONS).describe('The disposition this rule calls for when it fires on a "yes"'),
      cause: z.enum(CAUSE_IDS).optional().describe('The cause this rule points to, if any'),
      weight: z
        .number()
        .int()
        .min(1)
        .max(5)
        .optional()
        .describe('How strongly this points to the cause (1–5); orders the likely causes'),
      reason: z.string().min(10).describe('Why, in plain words a worried person understands'),
      source: sourceSchema,
    }),
  }),
});
export type Rule = z.infer<typeof ruleSchema>;
export type RuleParams = Rule['event']['params'];

export const ruleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  concern: z.string().min(3).describe('What this file\'s rules are about'),
  rules: z.array(ruleSchema).min(1),
});
export type RuleFile = z.infer<typeof ruleFileSchema>;
