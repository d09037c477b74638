import type englishCare from '../../rules/text/en/care.json';
import type englishLevels from '../../rules/text/en/levels.json';
import type englishResult from '../../rules/text/en/result.json';
import { fillIn, type Messages } from './words';

/** An id of a message the code says itself: the compiler refuses one that English does not have. */
export type MessageId = keyof typeof englishCare | keyof typeof englishLevels | keyof typeof englishResult;

/** A message whose words depend on a number: its id without the plural category ("checkAgain.days"). */
export type CountedId = { [Id in MessageId]: Id extends `${infer Base}.other` ? Base : never }[MessageId];

/** The message itself, for one whose placeholders an element fills (app/components/message.tsx). */
export const messageIn = (messages: Messages, id: MessageId) => messages[id] ?? id;

/**
 * A counted message in the language's plural form for the number ("1 day", "3 days"): the id's
 * `.one`, `.other` (and any other category the language has) chosen by Intl.PluralRules.
 */
export function sayCount(messages: Messages, language: string, id: CountedId, count: number): string {
  const category = new Intl.PluralRules(language).select(count);
  return fillIn(messages[`${id}.${category}`] ?? messages[`${id}.other`] ?? id, { count: String(count) });
}

/** A message with its placeholders filled in. */
export const sayIn = (messages: Messages, id: MessageId, values?: Readonly<Record<string, string>>) =>
  fillIn(messages[id] ?? id, values);
