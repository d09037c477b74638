import { z } from 'zod/mini';
import { CAUSE_IDS, DISPOSITIONS } from './contract';
import { FACT_NAMES } from './facts';

/**
 * The shape of a rule file in `rules/`: json-rules-engine's own rule format, narrowed.
 * Only positive tests are allowed (no `not`, `notEqual`, `notIn`, `doesNotContain`): they pass on a
 * missing or "not sure" answer, which would read "unsure" as "no".
 */
const OPERATORS = ['equal', 'in', 'contains', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'] as const;

const text = (min: number, description: string) => z.string().check(z.minLength(min), z.describe(description));
const kebabId = (description: string) =>
  z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id, e.g. "chest-pain"'), z.describe(description));

/** How a source that is not clinical guidance is titled: the fitness articles the tool grew from. */
export const FITNESS_ARTICLE = 'Fitness article (not clinical guidance):';

export const sourceSchema = z
  .strictObject({
    title: text(3, 'Who says so: a named clinical guidance page, or "Fitness article (not clinical guidance): …"'),
    url: z.optional(z.url()),
  })
  .check(z.describe('Where the clinical fact behind this comes from'));
export type Source = z.infer<typeof sourceSchema>;

/** null stands for "not answered", and may be tested only on a question that can be left unanswered (the loader checks). */
const plainValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const leafConditionSchema = z
  .strictObject({
    fact: z.enum(FACT_NAMES).check(z.describe('An answer field of the contract, or a derived fact')),
    operator: z.enum(OPERATORS),
    value: z.union([plainValue, z.array(plainValue)]),
  })
  .check(z.describe('One test of one answer'));
export type LeafCondition = z.infer<typeof leafConditionSchema>;

export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] };

const conditions = z.array(z.lazy(() => conditionSchema));
const allOf = z.strictObject({ all: conditions.check(z.minLength(1), z.describe('Every one of these holds')) });
const anyOf = z.strictObject({ any: conditions.check(z.minLength(1), z.describe('At least one of these holds')) });

const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() => z.union([leafConditionSchema, allOf, anyOf]));

const ruleSchema = z.strictObject({
  name: kebabId("The rule's stable id: never reuse or rename one that has shipped"),
  priority: z.optional(z.int().check(z.minimum(1))),
  conditions: z.union([allOf, anyOf]),
  event: z.strictObject({
    type: z.literal('triage'),
    params: z.strictObject({
      level: z.enum(DISPOSITIONS).check(z.describe('The disposition this rule calls for when it fires on a "yes"')),
      levelWhenNotSure: z.optional(
        z
          .enum(DISPOSITIONS)
          .check(
            z.describe(
              'The level when the rule fires only on a "not sure" answer; default: one below "level". Never above "level", never self-care',
            ),
          ),
      ),
      cause: z.optional(z.enum(CAUSE_IDS).check(z.describe('The cause this rule points to, if any'))),
      weight: z.optional(
        z
          .int()
          .check(z.minimum(1), z.maximum(5), z.describe('How strongly this points to the cause (1–5); orders the likely causes')),
      ),
      reason: text(10, 'Why, in plain words a worried person understands'),
      source: sourceSchema,
    }),
  }),
});
export type Rule = z.infer<typeof ruleSchema>;

export const ruleFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  concern: text(3, "What this file's rules are about"),
  rules: z.array(ruleSchema).check(z.minLength(1)),
});
