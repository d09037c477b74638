import { z } from 'zod/mini';
import { ANSWER_FIELDS, CAUSE_IDS } from './contract';
import { sourceSchema } from './rule-schema';

const itemId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const text = (min: number) => z.string().check(z.minLength(min));

const adviceItemSchema = z.strictObject({
  title: text(3),
  text: text(10),
  source: sourceSchema,
  withheldWith: z.optional(
    z.array(z.enum(CAUSE_IDS)).check(z.describe('Never offer this item when any of these causes is in the result')),
  ),
});
export type AdviceItem = z.infer<typeof adviceItemSchema>;

const causeInfoSchema = z.strictObject({
  name: text(3),
  kind: z.enum(['serious', 'likely']),
  summary: text(10).check(z.describe('What it is, in plain words')),
  plan: z.array(itemId).check(z.describe('Self-care items (ids from "items") for this cause')),
  checkAgainInDays: z.optional(z.int().check(z.minimum(1), z.maximum(28))),
  source: sourceSchema,
});
export type CauseInfo = z.infer<typeof causeInfoSchema>;

const safetyNetSignSchema = z.strictObject({
  text: text(5).check(z.describe('The sign, to follow "… if you get:"')),
  source: sourceSchema,
  reportedWhen: z.optional(
    z
      .array(
        z.strictObject({
          field: z.enum(ANSWER_FIELDS),
          values: z.array(z.union([z.string(), z.boolean()])).check(z.minLength(1)),
        }),
      )
      .check(z.describe('Answers that mean the person already has this sign: it is then not listed as a future warning')),
  ),
});
export type SafetyNetSign = z.infer<typeof safetyNetSignSchema>;

const safetyNetGroupSchema = z.strictObject({
  level: z
    .enum(['emergency', 'urgent', 'doctor'])
    .check(z.describe('What to do if a sign appears; shown on results less urgent than this')),
  signs: z.array(safetyNetSignSchema).check(z.minLength(1)),
});

/** `rules/catalogue.json`: the rule set's version, what each cause is, the self-care advice and the safety net. */
export const catalogueSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'), z.describe("The rule set's version")),
  items: z.record(itemId, adviceItemSchema),
  causes: z.record(z.enum(CAUSE_IDS), causeInfoSchema).check(z.describe('Every cause id of the contract')),
  general: z.array(itemId).check(z.minLength(1), z.describe('Self-care items when no likely cause stands out')),
  safetyNet: z
    .array(safetyNetGroupSchema)
    .check(z.minLength(1), z.describe('The signs that should make a person seek more help, by the level they call for')),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
