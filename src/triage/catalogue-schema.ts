import { z } from 'zod';
import { CAUSE_IDS } from './contract';
import { sourceSchema } from './rule-schema';

const itemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');

export const adviceItemSchema = z.strictObject({
  title: z.string().min(3),
  text: z.string().min(10),
  source: sourceSchema,
  withheldWith: z
    .array(z.enum(CAUSE_IDS))
    .optional()
    .describe('Never offer this item when any of these causes is in the result'),
});
export type AdviceItem = z.infer<typeof adviceItemSchema>;

export const causeInfoSchema = z.strictObject({
  name: z.string().min(3),
  kind: z.enum(['serious', 'likely']),
  summary: z.string().min(10).describe('What it is, in plain words'),
  plan: z.array(itemId).describe('Self-care items (ids from "items") for this cause'),
  checkAgainInDays: z.number().int().min(1).max(28).optional(),
  source: sourceSchema,
});
export type CauseInfo = z.infer<typeof causeInfoSchema>;

/** `rules/catalogue.json`: the rule set's version, what each cause is, the self-care advice and the safety net. */
export const catalogueSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0').describe('The rule set\'s version'),
  items: z.record(itemId, adviceItemSchema),
  causes: z.record(z.enum(CAUSE_IDS), causeInfoSchema).describe('Every cause id of the contract'),
  general: z.array(itemId).min(1).describe('Self-care items when no likely cause stands out'),
  safetyNet: z
    .array(z.strictObject({ text: z.string().min(10), source: sourceSchema }))
    .min(1)
    .describe('"Get help at once if …": shown with every self-care and see-a-doctor result'),
});
export type Catalogue = z.infer<typeof catalogueSchema>;
