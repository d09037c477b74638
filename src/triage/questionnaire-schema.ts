import { z } from 'zod/mini';
import { ANSWER_FIELDS } from './contract';

const text = (description: string) => z.string().check(z.minLength(1), z.describe(description));
const id = (description: string) =>
  z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id, e.g. "heart-signs"'), z.describe(description));
const answerValue = z.union([z.string(), z.number(), z.boolean()]);

const optionSchema = z.strictObject({
  value: answerValue.check(z.describe("The contract's own value for this choice")),
  label: text('What the person reads and ticks'),
  said: z.optional(
    text('The answer in a few words, for "because you said …", the check page and the summary; the label if absent'),
  ),
  hint: z.optional(text('A line under the label')),
});

/** FHIR Questionnaire's enableWhen, on an answer field asked on an earlier page. */
const enableWhenSchema = z.strictObject({
  question: z.enum(ANSWER_FIELDS).check(z.describe('An answer field asked on an earlier page')),
  operator: z
    .enum(['exists', '=', '!='])
    .check(
      z.describe(
        '"exists": answered (answer true) or not answered (answer false); "=": the answer is, or a list answer holds, this value; "!=": answered, and not this value',
      ),
    ),
  answer: answerValue,
});
export type EnableWhen = z.infer<typeof enableWhenSchema>;

const conditional = {
  enableWhen: z.optional(
    z
      .array(enableWhenSchema)
      .check(z.minLength(1), z.describe('Asked only when these hold (all of them, unless enableBehavior is "any")')),
  ),
  enableBehavior: z.optional(z.enum(['all', 'any'])),
};

const itemBase = {
  field: z
    .enum(ANSWER_FIELDS)
    .check(z.describe('The answers-contract field this question fills; its form control is named after it')),
  text: text('The question as asked'),
  label: text('A short name for the answer, for "because you said …", the check page and the summary'),
  hint: z.optional(text('A line under the question')),
  textAtCheckIn: z.optional(text('The question as asked at a check-in, where its words must look back to the visit before')),
  hintAtCheckIn: z.optional(text('The line under the question at a check-in')),
  required: z.optional(z.literal(true).check(z.describe('Must be answered: the contract insists, or a safety rule reads it'))),
  ...conditional,
};
const emptyError = z.optional(text("Shown when the question is left unanswered; the choice set's if absent"));
const options = z.array(optionSchema).check(z.minLength(2));
const none = z.optional(
  z.strictObject({
    label: text('An exclusive "none of these" box: it answers with an empty list'),
    said: text('The empty answer in words'),
  }),
);

const itemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...itemBase,
    kind: z.literal('radios'),
    options: z.union([options, text('The id of a choice set')]),
    emptyError,
  }),
  z.strictObject({ ...itemBase, kind: z.literal('checkboxes'), options, none, emptyError: text('Shown when nothing is ticked') }),
  z.strictObject({ ...itemBase, kind: z.literal('body-map'), options, emptyError: text('Shown when nothing is ticked') }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('number'),
    unit: text('Written after the box, and after the number in the answer'),
    decimals: z.boolean(),
    min: z.number(),
    max: z.number(),
    name: text('Starts the range errors, e.g. "Your age must be 12 or more"'),
    example: z.number(),
    emptyError: text('Shown when the box is empty'),
    said: z.optional(
      z.record(z.string(), text('The answer in words for this number ("0") or any other ("other", {n} for the number)')),
    ),
  }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('hidden').check(z.describe('Never shown: the app fills it in (which visit this is); FHIR marks it hidden')),
    said: z.record(z.string(), text('The answer in words for this number ("1") or any other ("other", {n} for the number)')),
  }),
]);
export type QuestionnaireItem = z.infer<typeof itemSchema>;
export type AnswerOption = z.infer<typeof optionSchema>;

const pageSchema = z.strictObject({
  id: id('The page address, #/page/<id>'),
  section: text('The part of the questionnaire, shown above the heading'),
  warningSigns: z.optional(z.literal(true).check(z.describe('A page of warning signs: these come before every other page'))),
  askedAtCheckIn: z.optional(
    z
      .literal(true)
      .check(
        z.describe(
          'Asked again, afresh, at a check-in on a later day (the warning signs, the pain and its course); every other answer is carried from the visit before',
        ),
      ),
  ),
  title: text("The page's heading"),
  hint: z.optional(text('A line under the heading')),
  ...conditional,
  items: z.array(itemSchema).check(z.minLength(1)),
});
export type QuestionnairePage = z.infer<typeof pageSchema>;

/** `rules/questionnaire.json`: every question's words, its options, the page it sits on and when it is asked. */
export const questionnaireSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  choiceSets: z.record(
    z.string(),
    z.strictObject({ options, emptyError: text('Shown when a question with these choices is left unanswered') }),
  ),
  pages: z.array(pageSchema).check(z.minLength(1), z.describe('In the order asked')),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
