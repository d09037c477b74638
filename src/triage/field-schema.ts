import type { z } from 'zod/mini';
import { safeParse } from 'zod/mini';
import { answersSchema } from './contract';
import { DERIVED_FACTS, isDerivedFact, type FactName } from './facts';

/** The schema of one value of a fact: an answer's own type, unwrapped from optional and default. */
export function factSchema(fact: FactName): z.core.$ZodType {
  let schema: z.core.$ZodType = isDerivedFact(fact) ? DERIVED_FACTS[fact].value : answersSchema.shape[fact];
  while (schema._zod.def.type === 'optional' || schema._zod.def.type === 'default') {
    schema = (schema._zod.def as z.core.$ZodOptionalDef).innerType;
  }
  return schema;
}

export const kind = (schema: z.core.$ZodType) => schema._zod.def.type;
export const legalFor = (schema: z.core.$ZodType) => (value: unknown) => safeParse(schema, value).success;

/** For a list fact, the schema of one element; otherwise the fact's own. */
export function elementSchema(fact: FactName): z.core.$ZodType {
  const schema = factSchema(fact);
  return kind(schema) === 'array' ? (schema._zod.def as z.core.$ZodArrayDef).element : schema;
}
